kubectl create rolebinding build-bot-edit --clusterrole=edit \
  --serviceaccount=NAMESPACE:build-bot --dry-run=client -o yaml
