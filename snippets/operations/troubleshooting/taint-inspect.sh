kubectl get nodes -o custom-columns=NAME:.metadata.name,TAINTS:.spec.taints
kubectl describe node NODE_NAME | grep -A3 Taints
kubectl get pod POD_NAME -o jsonpath='{.spec.tolerations}{"\n"}'
