$ kubectl get rs frontend
NAME       DESIRED   CURRENT   READY   AGE
frontend   4         4         4       45s
