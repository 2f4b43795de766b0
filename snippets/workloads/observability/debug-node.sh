kubectl debug node/NODE_NAME -it --image=busybox:1.36
# inside: chroot /host to use the node's own tools, for example
#   chroot /host journalctl -u kubelet
kubectl get pods -l app.kubernetes.io/managed-by=kubectl-debug   # the pod stays behind
kubectl delete pod NODE_DEBUGGER_POD_NAME
