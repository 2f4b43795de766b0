kubectl proxy --help     # options such as --port, --address and --accept-hosts
kubectl proxy --port=8001
# in another terminal:
curl http://localhost:8001/api/v1/namespaces/default/pods
curl http://localhost:8001/api/v1/namespaces/default/pods/first-pod/proxy/
