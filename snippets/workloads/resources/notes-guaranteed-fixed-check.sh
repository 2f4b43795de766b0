$ kubectl apply -f notes-guaranteed-fixed.yaml
pod/notes-guaranteed-fixed created
$ kubectl get pod notes-guaranteed-fixed -o jsonpath='{.status.qosClass}'
Guaranteed
