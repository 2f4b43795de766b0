$ kubectl config --kubeconfig=demo.kubeconfig set-credentials --user=jane --token=demo-token
error: unexpected args: []
