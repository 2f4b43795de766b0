kubectl run debug-target --image=nginx:1.27
kubectl wait --for=condition=Ready pod/debug-target --timeout=60s
kubectl debug debug-target --image=busybox:1.36 --target=debug-target -c toolbox -- sleep 3600
