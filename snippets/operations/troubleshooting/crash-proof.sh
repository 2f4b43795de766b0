kubectl rollout status deployment/DEPLOYMENT_NAME --timeout=120s
kubectl get pods -l app=APP_LABEL -w      # RESTARTS stays put; Ctrl+C to stop
