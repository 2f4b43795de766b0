curl https://CONTROL_PLANE_IP:6443/ --cacert ca.crt --cert user.crt --key user.key
curl https://CONTROL_PLANE_IP:6443/api/v1/namespaces/default/pods \
  --cacert ca.crt --cert user.crt --key user.key
