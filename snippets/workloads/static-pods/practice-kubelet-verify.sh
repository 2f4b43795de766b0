sudo cp static-busybox.yaml /srv/static-pods/
kubectl get pods -o wide | grep static-busybox
