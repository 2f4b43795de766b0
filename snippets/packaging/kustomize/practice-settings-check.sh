$ kubectl get configmap shop-settings -o jsonpath='{.data.MODE} {.data.RETRIES}'
blue 3
