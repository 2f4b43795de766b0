kubectl apply -f backup-crd.yaml
kubectl wait --for=condition=Established crd/backups.ops.example.com --timeout=60s
kubectl apply -f nightly-backup.yaml
kubectl get bk
