kubectl create deployment shop --image=nginx:1.27 --replicas=2
kubectl expose deployment shop --port=80
kubectl create deployment api --image=nginx:1.27
kubectl expose deployment api --port=8080 --target-port=80
kubectl rollout status deployment/shop --timeout=120s
kubectl rollout status deployment/api --timeout=120s
