kubectl get nodes
kubectl get nodes -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.status.nodeInfo.kubeletVersion}{"\n"}{end}'
kubeadm version -o short   # on a node: the kubeadm binary installed there
kubelet --version          # on a node: the kubelet binary installed there
