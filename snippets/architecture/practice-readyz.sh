kubectl get --raw='/readyz?verbose' | grep -i etcd
