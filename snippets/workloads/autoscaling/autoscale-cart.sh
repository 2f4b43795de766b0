kubectl create deployment cart --image=nginx:1.27
kubectl set resources deployment cart --requests=cpu=100m,memory=64Mi
kubectl autoscale deployment cart --cpu=60% --memory=200Mi --min=2 --max=8
