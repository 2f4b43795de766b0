POD_NAME=$(cat keep.txt)
kubectl annotate pod "$POD_NAME" controller.kubernetes.io/pod-deletion-cost=1000
kubectl scale rs frontend --replicas=2
kubectl get pods -l app=frontend
