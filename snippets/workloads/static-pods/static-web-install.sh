scp static-web.yaml NODE_NAME:/tmp/
ssh NODE_NAME sudo cp /tmp/static-web.yaml /etc/kubernetes/manifests/
