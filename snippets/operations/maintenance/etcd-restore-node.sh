sudo etcdutl snapshot restore /var/backups/etcd-snapshot.db \
  --data-dir /var/lib/etcd-from-backup
sudo cp /etc/kubernetes/manifests/etcd.yaml /root/etcd.yaml.orig   # a copy outside the folder
sudo vi /etc/kubernetes/manifests/etcd.yaml                       # change the etcd-data hostPath
sudo crictl ps --name etcd                                         # a new etcd container appears
kubectl get pods -A                                                # the objects of the snapshot
