kubectl create deployment plain-web --image=nginx:1.27
kubectl wait --for=condition=ReplicaFailure deployment/plain-web --timeout=60s
