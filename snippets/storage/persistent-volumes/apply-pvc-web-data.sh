kubectl apply -f pvc-web-data.yaml
kubectl wait --for=jsonpath='{.status.phase}'=Bound pvc/web-data --timeout=60s
