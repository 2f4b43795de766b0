NODE_IP=$(kubectl get pods -l app=nginx -o jsonpath='{.items[0].status.hostIP}')
NODE_PORT=$(kubectl get service web -o jsonpath='{.spec.ports[0].nodePort}')
curl -s --max-time 5 "http://$NODE_IP:$NODE_PORT" | grep '<title>'
