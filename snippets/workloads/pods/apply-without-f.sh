kubectl apply busy.yaml
