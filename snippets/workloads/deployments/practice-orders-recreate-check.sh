$ kubectl get deployment orders -o jsonpath='{.spec.strategy.type}'
Recreate
