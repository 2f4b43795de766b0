$ kubectl get pods -l env=staging,app=web -o name | wc -l
2
