kubectl apply -f crash-app.yaml
kubectl debug crash-app --copy-to=crash-app-debug --container=app -- sleep 3600
