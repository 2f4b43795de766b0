# Copies the selector from the Deployment's pod template (app=nginx).
kubectl expose deployment nginx --name=web --port=80 --target-port=http \
  --dry-run=client -o yaml
