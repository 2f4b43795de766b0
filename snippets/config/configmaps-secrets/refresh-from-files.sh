printf 'mode=production\ncache.size=512\n' > app-conf/app.properties
kubectl create configmap app-files \
  --from-file=app-conf/app.properties \
  --from-file=ui=app-conf/ui.properties \
  --dry-run=client -o yaml | kubectl apply -f -
kubectl get configmap app-files -o jsonpath='{.data.app\.properties}'
