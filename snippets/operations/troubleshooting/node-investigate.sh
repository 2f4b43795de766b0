ssh NODE_NAME
sudo systemctl status kubelet                         # active (running)? enabled?
sudo journalctl -u kubelet --since "15 min ago" --no-pager | tail -50
sudo systemctl status containerd
sudo crictl ps                                        # does the runtime answer?
sudo systemctl cat kubelet                            # the unit and its drop-ins, with the flags
df -h /var/lib/kubelet /var/lib/containerd            # disk pressure
free -m                                               # memory pressure, and swap
sudo openssl x509 -noout -enddate -in /var/lib/kubelet/pki/kubelet-client-current.pem
