$ kubectl get pods -l app=single-writer --field-selector=status.phase=Pending -o name | wc -l
1
