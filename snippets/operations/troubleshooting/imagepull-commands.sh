kubectl describe pod POD_NAME
kubectl get pod POD_NAME -o jsonpath='{.status.containerStatuses[0].state.waiting.message}{"\n"}'
kubectl get pod POD_NAME -o jsonpath='{.spec.containers[*].image}{"\n"}'   # the exact string the kubelet uses
sudo crictl pull IMAGE                                                    # on the node: the same pull, by hand
