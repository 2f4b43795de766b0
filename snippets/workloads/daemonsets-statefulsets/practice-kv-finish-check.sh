$ kubectl get pods -l app=kv -o jsonpath='{.items[*].spec.containers[0].image}'
redis:7.4 redis:7.4 redis:7.4
