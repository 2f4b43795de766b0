kubectl apply -f probe.yaml
kubectl get pod probe
