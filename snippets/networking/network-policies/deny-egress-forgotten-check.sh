$ kubectl apply -f deny-egress-forgotten.yaml
networkpolicy.networking.k8s.io/deny-egress-forgotten created
$ kubectl get networkpolicy deny-egress-forgotten -o jsonpath='{.spec.policyTypes}{"\n"}'
["Ingress"]
