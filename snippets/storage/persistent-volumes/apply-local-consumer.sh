$ kubectl apply -f local-consumer.yaml
pod/local-consumer created
$ kubectl wait --for=jsonpath='{.status.phase}'=Bound pvc/local-data --timeout=60s
persistentvolumeclaim/local-data condition met
