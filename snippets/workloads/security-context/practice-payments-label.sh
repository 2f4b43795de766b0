kubectl create namespace payments
kubectl label ns payments pod-security.kubernetes.io/enforce=restricted
