kubectl label nodes NODE_NAME disktype=ssd                 # add
kubectl label nodes NODE_NAME disktype=nvme --overwrite    # change
kubectl label nodes NODE_NAME disktype-                    # remove
kubectl label nodes NODE_NAME node-role.kubernetes.io/worker=   # a role
