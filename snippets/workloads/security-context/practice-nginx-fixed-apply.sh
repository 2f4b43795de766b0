kubectl replace --force -f web-unprivileged.yaml
kubectl wait --for=condition=Ready pod/web --timeout=120s
