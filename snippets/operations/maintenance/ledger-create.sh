kubectl create deployment ledger --image=nginx:1.27 --replicas=3
kubectl apply -f ledger-pdb.yaml
kubectl rollout status deployment/ledger --timeout=120s
kubectl wait --for=jsonpath='{.status.disruptionsAllowed}'=1 pdb/ledger-pdb --timeout=60s
