$ kubectl run with-team --image=nginx:1.27 --labels=team=payments
pod/with-team created
$ kubectl get pod with-team -o jsonpath='{.metadata.labels.team}'
payments
