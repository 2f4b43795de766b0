kubectl apply -f metallb-l2.yaml
kubectl apply -f web-lb.yaml
kubectl get service web-lb --watch
