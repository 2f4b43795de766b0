kubectl delete pod sandboxed-web isolated-job --now
kubectl delete runtimeclass gvisor-sandbox kata-vm
