kubectl delete pod web-pvc --now
kubectl wait --for=delete pvc/web-data --timeout=60s
