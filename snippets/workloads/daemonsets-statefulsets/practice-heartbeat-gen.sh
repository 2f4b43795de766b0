kubectl create deployment heartbeat --image=busybox:1.36 --dry-run=client -o yaml -- sleep 3600
