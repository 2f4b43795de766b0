kubectl apply -f delete-policy.yaml
kubectl wait --for=jsonpath='{.status.phase}'=Bound pvc/short-lived --timeout=60s
kubectl delete pvc short-lived
