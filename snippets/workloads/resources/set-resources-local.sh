kubectl run web --image=nginx:1.27 --dry-run=client -o yaml \
  | kubectl set resources --local -f - \
      --requests=cpu=20m,memory=10Mi --limits=cpu=40m,memory=20Mi -o yaml \
  > web.yaml
kubectl apply -f web.yaml
