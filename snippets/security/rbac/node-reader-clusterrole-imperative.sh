kubectl create clusterrole study-node-reader --verb=get,list,watch --resource=nodes \
  --dry-run=client -o yaml
