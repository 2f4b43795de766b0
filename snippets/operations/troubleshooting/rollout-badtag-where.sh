$ kubectl get rs -l app=orders
NAME                DESIRED   CURRENT   READY   AGE
orders-68fbd97674   2         2         2       40s
orders-7f5bbbb987   1         1         0       15s
$ kubectl get pods -l app=orders
NAME                      READY   STATUS             RESTARTS   AGE
orders-68fbd97674-r7xvh   1/1     Running            0          40s
orders-68fbd97674-w9b7s   1/1     Running            0          40s
orders-7f5bbbb987-7pjqg   0/1     ImagePullBackOff   0          15s
