helm install catalog ./web -f staging-values.yaml
