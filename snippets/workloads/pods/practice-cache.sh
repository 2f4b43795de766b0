kubectl run cache --image=redis:7.4-alpine --labels=app=cache,tier=backend
kubectl label pod cache env=staging
kubectl label pod cache tier=data --overwrite
kubectl get pods -l env=staging --show-labels
