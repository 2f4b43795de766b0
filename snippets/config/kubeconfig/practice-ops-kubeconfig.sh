kubectl config --kubeconfig=ops.kubeconfig set-cluster prod \
  --server=https://CONTROL_PLANE_IP:6443 \
  --certificate-authority=/etc/kubernetes/pki/ca.crt --embed-certs=true
kubectl config --kubeconfig=ops.kubeconfig set-credentials ops \
  --client-certificate=ops.crt --client-key=ops.key --embed-certs=true
kubectl config --kubeconfig=ops.kubeconfig set-context ops@prod \
  --cluster=prod --user=ops --namespace=monitoring
kubectl config --kubeconfig=ops.kubeconfig use-context ops@prod
kubectl --kubeconfig=ops.kubeconfig get pods
kubectl config --kubeconfig=ops.kubeconfig get-contexts
