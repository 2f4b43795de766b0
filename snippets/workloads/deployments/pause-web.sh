kubectl rollout pause deployment/web
kubectl set resources deployment/web -c nginx --requests=cpu=100m,memory=64Mi
kubectl set image deployment/web nginx=nginx:1.27
