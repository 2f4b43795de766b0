kubectl taint nodes --all node-role.kubernetes.io/control-plane:NoSchedule-
