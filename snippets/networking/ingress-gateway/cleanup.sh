kubectl delete gatewayclass lab-gateway --ignore-not-found
kubectl delete ingressclass lab-default --ignore-not-found
