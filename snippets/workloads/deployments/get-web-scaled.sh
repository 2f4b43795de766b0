$ kubectl get deployment web
NAME   READY   UP-TO-DATE   AVAILABLE   AGE
web    6/6     6            6           90s
