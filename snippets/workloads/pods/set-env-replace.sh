kubectl get pod first-pod -o yaml \
  | kubectl set env --local -f - MODE=debug -o yaml \
  | kubectl replace --force -f -
kubectl get pod first-pod -o jsonpath='{.spec.containers[0].env[0].name}'
