$ kubectl get rs -l app=web
NAME             DESIRED   CURRENT   READY   AGE
web-69c6f74b8b   4         4         4       5s
