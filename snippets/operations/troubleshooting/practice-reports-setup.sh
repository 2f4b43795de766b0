kubectl apply -f reports.yaml
