kubectl create pdb ledger-pdb --selector=app=ledger --min-available=2 \
  --dry-run=client -o yaml
