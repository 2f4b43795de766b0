kubectl apply -f sleeper-pod.yaml
kubectl wait --for=condition=Ready pod/sleeper --timeout=60s
kubectl exec sleeper -- cat /proc/1/cmdline | tr '\0' ' '; echo
