kubectl run web --image=nginx:1.27 --labels=tier=frontend --dry-run=client -o yaml > web.yaml
kubectl apply -f web.yaml
kubectl set image pod/web web=nginx:1.28
kubectl get pod web -o jsonpath='{.spec.containers[0].image}'
