kubectl exec env-pod -- printenv
kubectl exec env-pod -- printenv DB_PORT
