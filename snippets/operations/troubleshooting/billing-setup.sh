kubectl create quota team-quota --hard=requests.cpu=2,requests.memory=2Gi
kubectl create deployment billing --image=nginx:1.27 --replicas=2
kubectl wait --for=condition=ReplicaFailure deployment/billing --timeout=60s
