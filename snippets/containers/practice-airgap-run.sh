kubectl run airgap --image=nginx:1.27 --image-pull-policy=IfNotPresent
kubectl wait --for=condition=Ready pod/airgap --timeout=60s
