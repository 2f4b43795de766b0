kubectl apply -f backup-crd.yaml
# a CRD created a moment ago has no conditions yet, and kubectl wait fails at once on that: try again
for _ in 1 2 3; do kubectl wait --for=condition=Established crd/backups.ops.example.com --timeout=60s && break; sleep 2; done
kubectl apply -f nightly-backup.yaml
kubectl get bk
