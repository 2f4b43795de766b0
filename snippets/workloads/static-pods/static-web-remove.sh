ssh NODE_NAME sudo rm /etc/kubernetes/manifests/static-web.yaml
