kubectl apply -f ha-web.yaml
kubectl get pods -l app=ha-web -o wide
kubectl rollout status deployment/ha-web --timeout=120s
