kubectl delete pod POD_NAME                     # the pod's own grace period (30 s by default)
kubectl delete pod POD_NAME --grace-period=60   # give it longer this time
kubectl delete pod POD_NAME --now               # grace period of 1 second
kubectl delete pod POD_NAME --grace-period=0 --force   # remove the object at once
