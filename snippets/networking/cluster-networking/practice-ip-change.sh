kubectl create deployment ipcheck --image=nginx:1.27
kubectl rollout status deployment/ipcheck --timeout=120s
kubectl get pods -l app=ipcheck -o wide
kubectl delete pod -l app=ipcheck --wait=true
kubectl rollout status deployment/ipcheck --timeout=120s
kubectl get pods -l app=ipcheck -o wide
