kubectl get configmap kube-proxy -n kube-system -o yaml | grep -n 'mode:'
kubectl edit configmap kube-proxy -n kube-system                            # set mode: nftables
kubectl rollout restart daemonset kube-proxy -n kube-system
kubectl rollout status daemonset kube-proxy -n kube-system
curl -s http://localhost:10249/proxyMode
