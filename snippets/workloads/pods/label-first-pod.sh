kubectl label pod first-pod tier=frontend
kubectl label pod first-pod env=dev owner=team-a
kubectl label pod first-pod env=prod --overwrite
kubectl label pod first-pod owner-
kubectl get pods -l tier=frontend,env=prod --show-labels
