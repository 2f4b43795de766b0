kubectl set image deployment/DEPLOYMENT_NAME CONTAINER_NAME=nginx:1.27
kubectl rollout status deployment/DEPLOYMENT_NAME --timeout=120s

kubectl set image pod/POD_NAME CONTAINER_NAME=nginx:1.27
kubectl wait --for=condition=Ready pod/POD_NAME --timeout=120s
