sudo crictl ps -a --name kube-apiserver              # an exited container? copy its ID
sudo crictl logs CONTAINER_ID 2>&1 | tail -n 20      # the reason, usually on the last line
sudo ls /var/log/pods/ | grep kube-apiserver         # the same logs as files
sudo journalctl -u kubelet --since '5 min ago' | grep -i apiserver   # YAML the kubelet could not parse
