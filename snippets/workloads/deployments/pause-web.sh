kubectl rollout pause deployment/web
kubectl set image deployment/web nginx=nginx:1.27
kubectl set resources deployment/web -c nginx --requests=cpu=100m,memory=64Mi
