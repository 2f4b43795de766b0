kubectl apply -f pay.yaml
kubectl rollout status deployment/pay-green --timeout=90s
kubectl patch service pay \
  -p '{"spec":{"selector":{"version":"green"},"ports":[{"port":80,"targetPort":8080}]}}'
