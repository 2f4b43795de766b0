$ kubectl get deployment catalog -o jsonpath='{.spec.template.spec.containers[0].image}'
nginx:1.27
