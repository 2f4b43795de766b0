kubectl get deploy,rs,pods -l app=frontend-deploy
kubectl set image deployment/frontend-deploy nginx=nginx:1.27-alpine
kubectl rollout status deployment/frontend-deploy
kubectl rollout history deployment/frontend-deploy
kubectl rollout undo deployment/frontend-deploy
