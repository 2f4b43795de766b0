kubectl apply -f release-key.yaml
kubectl get secret release-key -o jsonpath='{.immutable}{"\n"}'
