kubectl get crd
kubectl get crd webapps.stable.example.com -o jsonpath='{.spec.versions[*].name}'
