$ kubectl get rs -l app=web
NAME             DESIRED   CURRENT   READY   AGE
web-6d8f7c9b5d   4         4         4       12s
