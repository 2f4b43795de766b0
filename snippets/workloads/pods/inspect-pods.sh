kubectl get pods                     # pods in the current namespace
kubectl get pods -o wide             # adds pod IP, node and more
kubectl get pods --watch             # keep printing changes (Ctrl+C to stop)
kubectl get pod POD_NAME -o yaml     # the full object, status included
kubectl describe pod POD_NAME        # settings plus the Events at the bottom
