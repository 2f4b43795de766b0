$ kubectl get deployment dev-web -o jsonpath='{.spec.template.spec.containers[0].envFrom[0].configMapRef.name}'
dev-web-config-47668c6k28
