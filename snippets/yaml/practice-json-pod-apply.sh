kubectl apply -f probe.yaml
kubectl get pod probe -o jsonpath='{.spec.containers[0].env[0].value}{"\n"}'
