# As root
echo 1 > /proc/sys/net/ipv4/ip_forward
# Or, from a normal user with sudo
sudo sysctl -w net.ipv4.ip_forward=1
