$ helm history blog --max 1 -o yaml | grep -E 'description|revision'
  description: Rollback to 1
  revision: 3
  rollback_revision: 1
$ kubectl get deployment blog-web -o jsonpath='{.spec.replicas}'
2
