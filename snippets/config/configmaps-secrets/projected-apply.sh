kubectl apply -f projected-pod.yaml
kubectl get pod projected-demo -o jsonpath='{.spec.volumes[0].projected.sources[*].secret.name}{"\n"}'
