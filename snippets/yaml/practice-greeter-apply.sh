kubectl apply -f greeter.yaml
kubectl get configmap greeting -o jsonpath='{.data.message}{"\n"}'
kubectl get pod greeter -o jsonpath='{.spec.containers[0].envFrom[0].configMapRef.name}{"\n"}'
