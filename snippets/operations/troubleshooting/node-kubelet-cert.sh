# On the broken node: put the old credentials aside
sudo mv /etc/kubernetes/kubelet.conf /root/kubelet.conf.old
sudo mv /var/lib/kubelet/pki/kubelet-client-current.pem /root/

# On a control-plane node (it has /etc/kubernetes/pki/ca.key)
sudo kubeadm kubeconfig user --org system:nodes --client-name system:node:NODE_NAME | tee kubelet.conf > /dev/null
scp kubelet.conf NODE_NAME:/tmp/

# On the broken node again
sudo cp /tmp/kubelet.conf /etc/kubernetes/kubelet.conf
sudo systemctl restart kubelet
kubectl wait --for=condition=Ready node/NODE_NAME --timeout=120s
