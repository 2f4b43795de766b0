ssh node01
sudo systemctl status kubelet                 # inactive (dead), disabled
sudo journalctl -u kubelet --no-pager | tail -20
sudo systemctl enable --now kubelet
exit
kubectl wait --for=condition=Ready node/node01 --timeout=120s
