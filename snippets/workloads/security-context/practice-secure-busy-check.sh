$ kubectl get pod secure-busy -o jsonpath='{.spec.securityContext.runAsUser}'
1000
