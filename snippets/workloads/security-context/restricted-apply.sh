kubectl apply -f restricted-pod.yaml
