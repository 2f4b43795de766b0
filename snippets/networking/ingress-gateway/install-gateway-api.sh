GATEWAY_API_VERSION=v1.6.3
kubectl apply --server-side -f "https://github.com/kubernetes-sigs/gateway-api/releases/download/${GATEWAY_API_VERSION}/standard-install.yaml"
kubectl get crd | grep gateway.networking.k8s.io
