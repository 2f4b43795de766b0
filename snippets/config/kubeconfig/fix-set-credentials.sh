kubectl config --kubeconfig=jane.kubeconfig set-credentials jane --client-certificate=jane.crt --client-key=jane.key --embed-certs=true
