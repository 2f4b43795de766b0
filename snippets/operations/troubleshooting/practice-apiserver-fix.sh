sudo crictl ps -a | grep kube-apiserver
sudo crictl logs CONTAINER_ID 2>&1 | tail -5
sudo journalctl -u kubelet --since "10 min ago" --no-pager | grep -i "manifest"
sudo vi /etc/kubernetes/manifests/kube-apiserver.yaml
sudo crictl ps | grep kube-apiserver
