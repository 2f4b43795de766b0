kubectl label nodes NODE_NAME node-role.kubernetes.io/worker=
kubectl label nodes NODE_NAME disktype=ssd
kubectl label nodes NODE_NAME disktype=nvme --overwrite
kubectl label nodes NODE_NAME disktype-
