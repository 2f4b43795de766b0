sudo sysctl -w net.ipv4.ip_forward=1                                 # until reboot
echo "net.ipv4.ip_forward = 1" | sudo tee /etc/sysctl.d/99-ip-forward.conf  # permanent
sudo sysctl --system
