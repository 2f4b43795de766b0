# args: ["sleep", "3600"]  -> runs the image ENTRYPOINT with these arguments
kubectl run sleeper-args --image=busybox:1.36 --dry-run=client -o yaml -- sleep 3600
# command: ["sleep", "3600"]  -> replaces the image ENTRYPOINT
kubectl run sleeper-cmd --image=busybox:1.36 --dry-run=client -o yaml --command -- sleep 3600
