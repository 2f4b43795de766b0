$ kubectl get pods -l app=frontend -o jsonpath='{.items[*].spec.containers[0].image}{"\n"}'
nginx:1.27 nginx:1.27 nginx:1.27 nginx:1.27
