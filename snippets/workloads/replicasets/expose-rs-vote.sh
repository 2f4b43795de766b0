kubectl apply -f rs-vote.yaml
kubectl expose replicaset rs-vote --port=80 --name=rs-vote --external-ip=WORKER_IP \
  --dry-run=client -o yaml > svc-vote.yaml
kubectl apply -f svc-vote.yaml
