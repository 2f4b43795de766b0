$ kubectl wait --for=jsonpath='{.status.phase}'=Bound pvc/orders --timeout=60s
persistentvolumeclaim/orders condition met
$ kubectl get pvc orders -o jsonpath='{.spec.volumeName}'
pvdemo-orders
