$ kubectl get deployment worker -o jsonpath='{.spec.template.spec.containers[0].env[?(@.name=="QUEUE_URL")].value}{"\n"}'
redis://queue:6379
