$ kubectl get configmap app-files -o jsonpath='{.data.app\.properties}'
mode=production
cache.size=256
$ kubectl get configmap app-dir -o jsonpath='{.data.ui\.properties}'
color=blue
theme=dark
