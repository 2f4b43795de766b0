curl -sk -o /dev/null -w '%{http_code}\n' https://CONTROL_PLANE_IP:6443/livez     # 200: allowed path
curl -sk -o /dev/null -w '%{http_code}\n' https://CONTROL_PLANE_IP:6443/api/v1/pods  # 401 with anonymous auth off, 403 with it on
