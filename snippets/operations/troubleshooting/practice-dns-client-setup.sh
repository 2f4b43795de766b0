kubectl apply -f dns-client.yaml
