kubectl apply -f backend-allow-prometheus.yaml
kubectl get networkpolicy backend-allow-prometheus \
  -o jsonpath='{.spec.ingress[0].from[0].namespaceSelector.matchLabels.kubernetes\.io/metadata\.name}/{.spec.ingress[0].from[0].podSelector.matchLabels.app}{"\n"}'
