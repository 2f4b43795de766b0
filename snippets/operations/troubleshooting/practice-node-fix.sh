ssh node01 sudo systemctl status kubelet        # inactive (dead), disabled
ssh node01 sudo journalctl -u kubelet --no-pager -n 20
ssh node01 sudo systemctl enable --now kubelet
kubectl wait --for=condition=Ready node/node01 --timeout=120s
