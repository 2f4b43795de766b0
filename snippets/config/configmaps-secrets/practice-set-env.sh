$ kubectl create deployment shop-web --image=nginx:1.27
deployment.apps/shop-web created
$ kubectl set env deployment/shop-web --from=configmap/shop-config --prefix=APP_
deployment.apps/shop-web env updated
$ kubectl get deployment shop-web -o jsonpath='{range .spec.template.spec.containers[0].env[*]}{.name}{"\n"}{end}' | sort
APP_SHOP_CURRENCY
APP_SHOP_MODE
