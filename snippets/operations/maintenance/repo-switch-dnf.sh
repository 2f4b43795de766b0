sudo sed -i 's#/v1.36/#/v1.37/#g' /etc/yum.repos.d/kubernetes.repo
cat /etc/yum.repos.d/kubernetes.repo
dnf list --showduplicates kubeadm --disableexcludes=kubernetes
