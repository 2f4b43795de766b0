kubectl apply -f study-support.yaml
kubectl wait clusterrole/study-support --timeout=60s \
  --for=jsonpath='{.rules[0].resources[1]}'=pods/log
