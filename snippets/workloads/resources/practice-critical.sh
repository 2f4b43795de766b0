kubectl run critical --image=redis:7.4-alpine --dry-run=client -o yaml \
  | kubectl set resources --local -f - \
      --limits=cpu=500m,memory=256Mi -o yaml \
  > critical.yaml
kubectl apply -f critical.yaml
