kubectl get pod busy -o yaml > busy-live.yaml
vi busy-live.yaml
kubectl replace --force -f busy-live.yaml
