kubectl create clusterrolebinding study-node-reader-ops --clusterrole=study-node-reader --group=ops \
  --dry-run=client -o yaml
