kubectl apply -f ping-once.yaml
kubectl wait --for=jsonpath='{.status.phase}'=Succeeded pod/ping-once --timeout=60s
kubectl logs ping-once
