kubectl get nodes -o custom-columns='NAME:.metadata.name,KUBELET:.status.nodeInfo.kubeletVersion'
kubectl get configmap kubelet-versions -o jsonpath='{.data}{"\n"}'
