sudo ctr --namespace k8s.io images import nginx-1.27.tar
sudo crictl images | grep nginx
