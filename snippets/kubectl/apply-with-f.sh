kubectl apply -f busy.yaml
