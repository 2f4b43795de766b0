$ kubectl get pods -l app=node-agent -o jsonpath='{.items[*].spec.containers[0].image}'
busybox:1.36.1 busybox:1.36.1
