$ kubectl get pod nvme-pod
NAME       READY   STATUS    RESTARTS   AGE
nvme-pod   1/1     Running   0          5s
