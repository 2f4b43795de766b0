kubectl get pods -l app=reports -o wide
kubectl describe pods -l app=reports --show-events=true
kubectl get nodes -L kubernetes.io/os
