kubectl create deployment calc --image=nginx:1.27 --replicas=8
kubectl set resources deployment calc --requests=cpu=400m
kubectl autoscale deployment calc --cpu=60% --min=2 --max=6
kubectl wait --for=jsonpath='{.spec.replicas}'=6 deployment/calc --timeout=90s
