kubectl get svc -o wide             # adds the SELECTOR column
kubectl get svc --all-namespaces    # every Service in the cluster
kubectl describe svc SERVICE_NAME   # selector, IPs, ports, endpoints, events
kubectl get pods -o wide            # compare pod IPs with the endpoints
kubectl explain svc.spec            # field documentation, straight from the API
kubectl explain svc.spec.sessionAffinityConfig --recursive
