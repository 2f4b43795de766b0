kubectl run scratch-pad --image=busybox:1.36 --labels=app=scratch-pad -- sleep 3600
kubectl wait --for=condition=Ready pod/scratch-pad --timeout=60s
