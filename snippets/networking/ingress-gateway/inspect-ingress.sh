kubectl describe ingress shop          # rules, backends with endpoints, events from the controller
kubectl get ingress --all-namespaces   # short name: ing
kubectl explain ingress.spec.rules.http.paths
curl -H "Host: shop.example.com" http://INGRESS_ADDRESS/api   # test before DNS exists
