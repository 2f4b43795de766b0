kubectl get wa
kubectl get webapp shop
kubectl get webapps.stable.example.com shop -o yaml
kubectl describe webapp shop
