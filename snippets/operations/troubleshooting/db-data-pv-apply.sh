kubectl apply -f db-data-pv.yaml
kubectl wait --for=jsonpath='{.status.phase}'=Bound pvc/db-data --timeout=60s
kubectl wait --for=condition=Ready pod/db --timeout=60s
