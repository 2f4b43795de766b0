$ kubectl apply -f legacy-web.yaml --dry-run=server
deployment.apps/legacy-web created (server dry run)
