$ kubectl exec deployment/worker -- printenv QUEUE_URL
redis://queue:6379
$ kubectl get deployment worker
NAME     READY   UP-TO-DATE   AVAILABLE   AGE
worker   1/1     1            1           30s
