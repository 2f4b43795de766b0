kubectl apply -f bundle-pod.yaml
kubectl get pod bundle -o jsonpath='{.spec.volumes[0].projected.sources[*].items[*].path}{"\n"}'
