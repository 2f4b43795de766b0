kubectl run api --image=nginxinc/nginx-unprivileged:1.27 --labels=app=api --port=8080
kubectl run frontend --image=nginx:1.27 --labels=role=frontend
kubectl run db --image=redis:7.4-alpine --labels=app=db --port=6379
kubectl wait --for=condition=Ready pod/api pod/frontend pod/db --timeout=120s
kubectl apply -f api-allow-frontend.yaml
