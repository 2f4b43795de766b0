kubectl apply -f crashy.yaml
kubectl wait --for=jsonpath='{.status.containerStatuses[0].restartCount}'=1 pod/crashy --timeout=60s
