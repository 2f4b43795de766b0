kubectl delete pod defaulted --now
kubectl delete -f limitrange.yaml
