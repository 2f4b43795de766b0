$ kubectl apply -f notes-not-guaranteed.yaml
pod/notes-not-guaranteed created
$ kubectl get pod notes-not-guaranteed -o jsonpath='{.status.qosClass}'
Burstable
