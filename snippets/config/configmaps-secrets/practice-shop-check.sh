$ kubectl get pod shop -o jsonpath='{.spec.containers[0].envFrom[0].configMapRef.name}'
shop-config
$ kubectl exec shop -- printenv SHOP_MODE SHOP_CURRENCY
test
EUR
