$ kubectl get ds ssd-cache -o jsonpath='{.spec.template.spec.containers[0].image}'
redis:7.4
$ kubectl get pods -l app=ssd-cache -o jsonpath='{.items[0].spec.containers[0].image}'
redis:7.4-alpine
