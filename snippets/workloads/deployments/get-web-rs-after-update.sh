$ kubectl get rs -l app=web
NAME             DESIRED   CURRENT   READY   AGE
web-69c6f74b8b   0         0         0       31s
web-86bc9f7686   4         4         4       19s
