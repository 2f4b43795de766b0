$ kubectl get deployment orders -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
nginx:1.27
$ kubectl get deployment orders
NAME     READY   UP-TO-DATE   AVAILABLE   AGE
orders   2/2     2            2           1m
