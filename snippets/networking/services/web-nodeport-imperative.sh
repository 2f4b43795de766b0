# Random node port, selector copied from the Deployment:
kubectl expose deployment nginx --name=web-nodeport --type=NodePort --port=80 \
  --dry-run=client -o yaml

# Fixed node port, selector app=web-nodeport (edit it before applying):
kubectl create service nodeport web-nodeport --tcp=80:80 --node-port=32100 \
  --dry-run=client -o yaml
