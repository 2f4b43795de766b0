kubectl exec POD_NAME -- cat /etc/resolv.conf
kubectl get pod POD_NAME -o jsonpath='{.spec.dnsPolicy}{"\n"}'
