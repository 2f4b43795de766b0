kubectl apply -f drain-hpa.yaml
