kubectl run sleeper --image=busybox:1.36 --command -- sleep 3600
kubectl get pod sleeper -o jsonpath='{.spec.containers[0].command}{"\n"}'
