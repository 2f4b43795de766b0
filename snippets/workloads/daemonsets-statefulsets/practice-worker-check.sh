$ kubectl get pods -l app=worker -o name
pod/worker-1
pod/worker-2
