kubectl rollout restart deployment/web
kubectl rollout status deployment/web --timeout=90s
kubectl get deployment web -o jsonpath='{.spec.template.metadata.annotations}{"\n"}'
