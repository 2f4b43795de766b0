sudo systemctl daemon-reload
sudo systemctl restart kubelet
sudo systemctl enable kubelet                         # start again after a reboot
kubectl wait --for=condition=Ready node/NODE_NAME --timeout=120s
