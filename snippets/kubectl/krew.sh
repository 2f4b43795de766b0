kubectl krew install neat
kubectl plugin list
kubectl get pod POD_NAME -o yaml | kubectl neat
