METALLB_VERSION=v0.15.2
kubectl apply -f "https://raw.githubusercontent.com/metallb/metallb/${METALLB_VERSION}/config/manifests/metallb-native.yaml"
kubectl -n metallb-system rollout status deployment/controller
kubectl -n metallb-system get pods
