kubectl patch deployment cart --type=json \
  -p '[{"op":"replace","path":"/spec/template/spec/containers/0/readinessProbe/httpGet/port","value":"http"}]'
kubectl rollout status deployment/cart --timeout=120s
