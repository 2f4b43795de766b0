kubectl create deployment ipcheck --image=nginx:1.27
kubectl rollout status deployment/ipcheck --timeout=120s
IP=$(kubectl get pods -l app=ipcheck -o jsonpath='{.items[0].status.podIP}')
kubectl create configmap ipcheck --from-literal=ip="$IP"
kubectl exec deployment/ipcheck -- sh -c 'kill 1'
kubectl wait --for=jsonpath='{.status.containerStatuses[0].restartCount}'=1 pod -l app=ipcheck --timeout=60s
kubectl wait --for=condition=Ready pod -l app=ipcheck --timeout=60s
