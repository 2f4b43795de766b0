$ kubectl apply -f shop.yaml
webapp.stable.example.com/shop created
$ kubectl get webapps
NAME   IMAGE        REPLICAS   TIER       AGE
shop   nginx:1.27   3          frontend   1s
