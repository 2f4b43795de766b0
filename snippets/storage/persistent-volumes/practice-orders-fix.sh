kubectl apply -f orders-pv.yaml -f orders-pvc.yaml
kubectl delete pvc orders
kubectl apply -f orders-pvc-fixed.yaml
