kubectl get pods -n kube-system          # one namespace
kubectl get pods --all-namespaces        # every namespace
kubectl get pods -A                      # short form of --all-namespaces
kubectl get pods -A -o wide              # with node and pod IP
