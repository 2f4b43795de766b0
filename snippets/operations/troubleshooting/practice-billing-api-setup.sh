kubectl create quota practice-quota --hard=requests.cpu=1,requests.memory=1Gi,pods=4
kubectl create deployment billing-api --image=nginx:1.27 --replicas=2
