$ kubectl get pods -l app=web -o name
pod/web-0
pod/web-1
