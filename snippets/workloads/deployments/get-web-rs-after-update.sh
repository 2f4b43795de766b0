$ kubectl get rs -l app=web
NAME             DESIRED   CURRENT   READY   AGE
web-6d8f7c9b5d   0         0         0       31s
web-7b9c4d6f8c   4         4         4       19s
