$ kubectl get rs -l app=api
NAME             DESIRED   CURRENT   READY   AGE
api-5c7d8b9f6d   3         3         3       35s
api-85f9c6d7b4   2         2         0       25s
$ kubectl get deployment api -o jsonpath='{.status.conditions[?(@.type=="Progressing")].reason}'
ProgressDeadlineExceeded
