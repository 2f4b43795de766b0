kubectl get deployment frontend -o jsonpath='{.spec.template.spec.containers[0].name}{"\n"}'
kubectl set image deployment/frontend nginx=nginx:1.27
kubectl rollout status deployment/frontend --timeout=120s
