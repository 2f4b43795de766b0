kubectl run web --image=nginx:1.27 --dry-run=client -o yaml > web.yaml
vi web.yaml    # add resources: requests/limits under the container
kubectl apply -f web.yaml
