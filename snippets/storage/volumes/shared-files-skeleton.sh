# Generates the pod without volumes; add volumes and volumeMounts by hand.
kubectl run shared-files --image=nginx:1.27 --dry-run=client -o yaml > shared-files.yaml
