kubectl label configmap frozen-config release-channel=stable
kubectl get configmap frozen-config -o jsonpath='{.metadata.labels.release-channel}{"\n"}'
