kubectl apply -f envfrom-pod.yaml
kubectl get pod envfrom-demo -o jsonpath='{.spec.containers[0].envFrom[*].prefix}{"\n"}'
