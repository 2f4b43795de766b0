sudo apt-mark unhold kubeadm
sudo apt-get update && sudo apt-get install -y kubeadm='1.37.2-*'
sudo apt-mark hold kubeadm
kubeadm version -o short
