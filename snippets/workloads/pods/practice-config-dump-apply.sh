kubectl apply -f config-dump.yaml
kubectl delete -f config-dump.yaml --now
