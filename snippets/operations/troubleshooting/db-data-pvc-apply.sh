kubectl apply -f db-data-pvc.yaml
