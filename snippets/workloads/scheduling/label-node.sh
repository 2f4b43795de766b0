kubectl label nodes NODE_NAME disktype=ssd      # add
kubectl label nodes NODE_NAME disktype=nvme --overwrite
kubectl label nodes NODE_NAME disktype-         # remove
