kubectl drain NODE_NAME --ignore-daemonsets --delete-local-data
