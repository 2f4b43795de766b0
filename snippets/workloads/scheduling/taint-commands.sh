kubectl taint nodes NODE_NAME dedicated=gpu:NoSchedule      # add
kubectl describe node NODE_NAME | grep -A3 Taints           # show
kubectl taint nodes NODE_NAME dedicated=gpu:NoSchedule-     # remove this taint
kubectl taint nodes NODE_NAME dedicated-                    # remove every taint with this key
