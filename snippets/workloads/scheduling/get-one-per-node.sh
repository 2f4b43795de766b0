$ kubectl get deployment one-per-node
NAME           READY   UP-TO-DATE   AVAILABLE   AGE
one-per-node   2/3     3            2           15s
