$ kubectl get rs -l app=api
NAME             DESIRED   CURRENT   READY   AGE
api-7867b8fd6c   3         3         3       21s
api-7fd6449fb5   2         2         0       21s
$ kubectl get deployment api -o jsonpath='{.status.conditions[?(@.type=="Progressing")].reason}'
ProgressDeadlineExceeded
