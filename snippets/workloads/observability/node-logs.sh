sudo ls /var/log/pods/                          # NAMESPACE_POD_UID/CONTAINER/0.log
sudo ls -l /var/log/containers/                 # one symlink per container, easy to grep
sudo crictl ps -a                               # containers, including exited ones
sudo crictl logs CONTAINER_ID                   # the same log, straight from the runtime
sudo journalctl -u kubelet --since "10 min ago" # the kubelet is a systemd service, not a pod
