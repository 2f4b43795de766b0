$ kubectl get configmap app-env -o jsonpath='{.data.SHOP_GREETING}{"\n"}'
"Welcome"
