kubectl get nodes -o jsonpath='{range .items[*]}--from-literal={.metadata.name}={.status.nodeInfo.containerRuntimeVersion}{"\n"}{end}' \
  | xargs kubectl create configmap node-runtimes
