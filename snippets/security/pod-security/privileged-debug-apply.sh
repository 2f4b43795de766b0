kubectl apply -f privileged-debug.yaml
