kubectl create configmap queue-config --from-literal=url=redis://queue:6379
kubectl replace --force -f consumer.yaml
kubectl wait --for=condition=Ready pod/consumer --timeout=60s
