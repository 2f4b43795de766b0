kubectl apply -f flags.yaml
kubectl get pod flags -o jsonpath='{.metadata.labels.canary} {.spec.containers[0].env[*].value}{"\n"}'
