kubectl apply -f env-keyref-pod.yaml
kubectl get pod env-keyref -o jsonpath='{.spec.containers[0].env[*].name}{"\n"}'
