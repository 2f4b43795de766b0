kubectl apply -f config-dump.yaml
