kubectl config --kubeconfig=jane.kubeconfig set-cluster training \
  --server=https://CONTROL_PLANE_IP:6443 \
  --certificate-authority=/etc/kubernetes/pki/ca.crt --embed-certs=true
kubectl config --kubeconfig=jane.kubeconfig set-credentials jane \
  --client-certificate=jane.crt --client-key=jane.key --embed-certs=true
kubectl config --kubeconfig=jane.kubeconfig set-context jane@training \
  --cluster=training --user=jane --namespace=dev
kubectl config --kubeconfig=jane.kubeconfig use-context jane@training
