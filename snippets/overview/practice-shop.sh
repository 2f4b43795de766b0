kubectl create deployment shop --image=nginx:1.27 --replicas=2
kubectl scale deployment shop --replicas=4
kubectl set image deployment/shop nginx=nginxinc/nginx-unprivileged:1.27
kubectl rollout status deployment/shop --timeout=120s
kubectl rollout history deployment/shop
kubectl rollout undo deployment/shop
kubectl rollout status deployment/shop --timeout=120s
