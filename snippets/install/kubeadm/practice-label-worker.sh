kubectl label nodes NODE_NAME node-role.kubernetes.io/worker=
kubectl get nodes -l node-role.kubernetes.io/worker
