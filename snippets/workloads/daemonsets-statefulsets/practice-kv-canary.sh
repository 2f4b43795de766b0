kubectl patch statefulset kv -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":2}}}}'
kubectl set image statefulset/kv redis=redis:7.4
kubectl rollout status statefulset/kv --timeout=120s
kubectl get pods -l app=kv -o jsonpath='{range .items[*]}{.metadata.name} {.spec.containers[0].image}{"\n"}{end}'
