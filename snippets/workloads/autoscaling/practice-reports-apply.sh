kubectl apply -f reports-hpa.yaml
