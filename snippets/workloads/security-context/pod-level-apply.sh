kubectl apply -f security-context-demo.yaml
