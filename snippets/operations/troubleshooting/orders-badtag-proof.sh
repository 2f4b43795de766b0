$ kubectl get deployment orders -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
nginx:1.27
