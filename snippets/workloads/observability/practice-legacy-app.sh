kubectl run legacy-app --image=nginx:1.27
kubectl wait --for=condition=Ready pod/legacy-app --timeout=60s
kubectl debug legacy-app --image=busybox:1.36 --target=legacy-app -c toolbox -- sleep 3600
