kubectl apply -f frozen-config.yaml
kubectl get configmap frozen-config -o jsonpath='{.immutable}{"\n"}'
