kubectl create quota practice-quota --hard=requests.cpu=4,requests.memory=4Gi
kubectl create deployment billing-api --image=nginx:1.27 --replicas=2
