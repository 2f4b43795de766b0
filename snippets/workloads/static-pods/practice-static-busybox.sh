kubectl run static-busybox --image=busybox:1.36 --dry-run=client -o yaml \
  --command -- sleep 3600 > static-busybox.yaml
scp static-busybox.yaml node01:/tmp/
ssh node01 sudo cp /tmp/static-busybox.yaml /etc/kubernetes/manifests/
kubectl get pods -o wide
kubectl get pod static-busybox-node01 -o jsonpath='{.metadata.ownerReferences[0].kind}{"\n"}'
