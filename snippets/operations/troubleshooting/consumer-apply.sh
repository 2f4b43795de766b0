kubectl apply -f consumer.yaml
kubectl wait --for=jsonpath='{.status.containerStatuses[0].restartCount}'=1 pod/consumer --timeout=60s
