kubectl run probe --image=busybox:1.36 -n payments --dry-run=server
