kubectl apply -f ping-pod.yaml
kubectl get pod ping-pod -o jsonpath='{.spec.containers[0].command} {.spec.containers[0].args}{"\n"}'
