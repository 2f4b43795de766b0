ssh worker-1 sudo systemctl status kubelet        # inactive (dead), disabled
ssh worker-1 sudo journalctl -u kubelet --no-pager -n 20
ssh worker-1 sudo systemctl enable --now kubelet
kubectl wait --for=condition=Ready node/worker-1 --timeout=120s
