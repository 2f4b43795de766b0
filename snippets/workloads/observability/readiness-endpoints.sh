kubectl get pods -l app=probe-demo                      # READY 0/1 while the probe fails
kubectl get endpointslices -l kubernetes.io/service-name=SERVICE_NAME -o wide
kubectl describe pod POD_NAME | grep -A2 Readiness      # the probe settings
