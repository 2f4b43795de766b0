kubectl delete crd webapps.stable.example.com gadgets.legacy.example.com \
  backups.ops.example.com --wait=false
kubectl wait --for=delete crd/webapps.stable.example.com \
  crd/gadgets.legacy.example.com crd/backups.ops.example.com --timeout=120s
