kubectl exec busy -- ls -l /
kubectl run busy2 --image=busybox:1.36 --command -- sleep 3600
