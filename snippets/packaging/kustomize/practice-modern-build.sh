kubectl kustomize practice/legacy > legacy.yaml
kubectl kustomize practice/modern > modern.yaml
