kubectl get nodes -o custom-columns='NODE:.metadata.name,RUNTIME:.status.nodeInfo.containerRuntimeVersion'
kubectl get configmap node-runtimes -o jsonpath='{.data}{"\n"}'
