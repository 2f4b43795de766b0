$ kubectl get pdb ledger-pdb
NAME         MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE
ledger-pdb   2               N/A               1                     5s
