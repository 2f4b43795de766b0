kubectl apply -f runtimeclass-gvisor.yaml -f sandboxed-web.yaml
