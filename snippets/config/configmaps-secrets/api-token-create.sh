$ kubectl apply -f api-token.yaml
secret/api-token created
$ kubectl get secret api-token -o jsonpath='{.data.token}{"\n"}'
dG9rLTRmOWEyYzdl
