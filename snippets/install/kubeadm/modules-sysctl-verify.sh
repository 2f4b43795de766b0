lsmod | grep -e br_netfilter -e overlay
sysctl net.bridge.bridge-nf-call-iptables net.ipv4.ip_forward
