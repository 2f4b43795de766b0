kubectl apply -k overlays/dev/kustomization.yaml
