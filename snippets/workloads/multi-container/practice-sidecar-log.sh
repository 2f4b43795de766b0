kubectl exec shop -c shop -- sh -c 'echo "hello from the shared volume" >> /var/log/nginx/access.log'
sleep 2
kubectl logs shop -c log-agent --tail=1
