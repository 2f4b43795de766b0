kubectl create ingress media --class=nginx \
  --rule="/healthz=api:8080" \
  --rule="/images*=images:80" \
  --default-backend=shop:80
kubectl get ingress media \
  -o jsonpath='{range .spec.rules[0].http.paths[*]}{.path}:{.pathType} {end}{.spec.defaultBackend.service.name}{"\n"}'
