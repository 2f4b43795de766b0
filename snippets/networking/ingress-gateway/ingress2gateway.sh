# Convert the ingress-nginx Ingresses of the current namespace:
ingress2gateway print --providers=ingress-nginx
# Or a file, without a cluster:
ingress2gateway print --providers=ingress-nginx --input-file shop-ingress.yaml
