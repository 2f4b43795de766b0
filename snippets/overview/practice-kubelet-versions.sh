kubectl get nodes -o jsonpath='{range .items[*]}--from-literal={.metadata.name}={.status.nodeInfo.kubeletVersion}{"\n"}{end}' \
  | xargs kubectl create configmap kubelet-versions
