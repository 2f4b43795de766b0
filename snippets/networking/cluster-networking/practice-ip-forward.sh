echo 'net.ipv4.ip_forward = 1' | sudo tee /etc/sysctl.d/99-kubernetes.conf
sudo sysctl --system
cat /proc/sys/net/ipv4/ip_forward
