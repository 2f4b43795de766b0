kubectl logs deployment/worker --previous      # QUEUE_URL is not set
kubectl describe pods -l app=worker | grep -A4 "Last State"
