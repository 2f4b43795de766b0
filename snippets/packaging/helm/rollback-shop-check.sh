$ helm history shop --max 1 -o yaml | grep -E 'description|revision'
  description: Rollback to 1
  revision: 5
  rollback_revision: 1
$ kubectl get deployment shop-web -o jsonpath='{.spec.replicas}'
1
