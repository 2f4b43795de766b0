sudo cp /etc/kubernetes/manifests/kube-apiserver.yaml /root/kube-apiserver.yaml.bak   # before editing
sudo vi /etc/kubernetes/manifests/kube-apiserver.yaml
sudo crictl ps | grep kube-apiserver      # a new container, Running
sudo systemctl restart kubelet            # only if no new container appears
