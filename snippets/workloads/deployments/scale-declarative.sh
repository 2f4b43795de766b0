kubectl apply -f web-deployment.yaml
