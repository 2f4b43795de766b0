kubectl patch statefulset kv -p '{"spec":{"updateStrategy":{"rollingUpdate":{"partition":0}}}}'
kubectl rollout status statefulset/kv --timeout=120s
