ssh CONTROL_PLANE_NODE
sudo crictl ps -a | grep kube-apiserver                 # Running? Exited? how many attempts?
sudo crictl logs CONTAINER_ID 2>&1 | tail -20           # why it exited
sudo ls /var/log/pods/ | grep kube-apiserver            # the same logs as files
sudo tail -20 /var/log/pods/kube-system_kube-apiserver-*/kube-apiserver/*.log
sudo journalctl -u kubelet --since "10 min ago" --no-pager | grep -i apiserver
