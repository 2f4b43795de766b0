$ kubectl get pod legacy-web -o jsonpath='{.status.phase}'
Running
