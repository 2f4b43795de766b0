kubectl create deployment shop-web --image=nginx:1.27
kubectl set env deployment/shop-web --from=configmap/shop-config --prefix=APP_
kubectl get deployment shop-web -o jsonpath='{.spec.template.spec.containers[0].env[*].name}{"\n"}'
