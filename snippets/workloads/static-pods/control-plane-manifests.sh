$ ls /etc/kubernetes/manifests
etcd.yaml  kube-apiserver.yaml  kube-controller-manager.yaml  kube-scheduler.yaml
$ kubectl get pods -n kube-system
NAME                               READY   STATUS    RESTARTS   AGE
coredns-7c65d6cfc9-4xkpl           1/1     Running   0          3d
coredns-7c65d6cfc9-tq7sd           1/1     Running   0          3d
etcd-cp1                           1/1     Running   0          3d
kube-apiserver-cp1                 1/1     Running   0          3d
kube-controller-manager-cp1        1/1     Running   0          3d
kube-proxy-9hxkz                   1/1     Running   0          3d
kube-scheduler-cp1                 1/1     Running   0          3d
