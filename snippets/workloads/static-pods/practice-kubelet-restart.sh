sudo mkdir -p /srv/static-pods
sudo systemctl restart kubelet
systemctl is-active kubelet
