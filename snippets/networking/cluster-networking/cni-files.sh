# On a node
ls -l /etc/cni/net.d/
ls /opt/cni/bin/
sudo ls /var/lib/cni/networks/ /var/lib/cni/cache/
