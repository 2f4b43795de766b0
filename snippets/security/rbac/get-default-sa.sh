$ kubectl get serviceaccounts
NAME      AGE
default   5s
