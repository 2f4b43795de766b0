kubectl delete -f first-pod.yaml --now
kubectl delete pod one-shot --now
