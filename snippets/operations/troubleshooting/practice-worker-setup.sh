kubectl apply -f worker.yaml
