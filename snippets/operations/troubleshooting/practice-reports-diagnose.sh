kubectl get pods -l app=reports -o wide
kubectl describe pods -l app=reports | grep -A3 Events
kubectl get nodes -L kubernetes.io/os
