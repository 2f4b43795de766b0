kubectl apply -f cart.yaml
kubectl wait --for=create pod -l app=cart --timeout=30s
kubectl wait --for=jsonpath='{.status.phase}'=Running pod -l app=cart --timeout=60s
kubectl wait --for=create events --field-selector=reason=Unhealthy --timeout=60s   # the first failed probe
