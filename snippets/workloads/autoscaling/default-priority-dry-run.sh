$ kubectl apply -f default-priority.yaml --dry-run=server
priorityclass.scheduling.k8s.io/autoscaling-demo-default created (server dry run)
