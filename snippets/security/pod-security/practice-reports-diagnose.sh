kubectl wait --for=condition=ReplicaFailure deployment/reports --timeout=60s
kubectl get events --field-selector reason=FailedCreate -o jsonpath='{.items[0].message}{"\n"}'
