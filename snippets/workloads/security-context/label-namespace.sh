kubectl label --dry-run=server --overwrite ns NAMESPACE \
  pod-security.kubernetes.io/enforce=restricted
kubectl label --overwrite ns NAMESPACE \
  pod-security.kubernetes.io/enforce=restricted
