kubectl create deployment shop-v2 --image=nginx:1.27
kubectl expose deployment shop-v2 --port=80
kubectl apply -f api-v2-route.yaml -f shop-filters-route.yaml -f shop-canary-route.yaml
kubectl get httproute shop-canary -o jsonpath='{range .spec.rules[0].backendRefs[*]}{.name}={.weight} {end}{"\n"}'
