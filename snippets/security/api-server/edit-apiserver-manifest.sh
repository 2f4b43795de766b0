# 1. Keep a copy OUTSIDE the manifests folder: the kubelet reads every file there
sudo cp /etc/kubernetes/manifests/kube-apiserver.yaml /root/kube-apiserver.yaml.orig

# 2. Edit in place (flags go under spec.containers[0].command)
sudo vi /etc/kubernetes/manifests/kube-apiserver.yaml

# 3. Wait for the new API server; the container ID changes
sudo crictl ps --name kube-apiserver
kubectl get pods -n kube-system -l component=kube-apiserver --watch
