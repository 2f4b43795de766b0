NODE_IP=$(kubectl get pods -l app=nginx -o jsonpath='{.items[0].status.hostIP}')
NODE_PORT=$(kubectl get service web -o jsonpath='{.spec.ports[0].nodePort}')
# kube-proxy programs the new port within a second or so: retry until it answers
curl -s --max-time 5 --retry 10 --retry-delay 1 --retry-connrefused "http://$NODE_IP:$NODE_PORT" | grep '<title>'
