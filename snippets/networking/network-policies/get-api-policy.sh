$ kubectl get networkpolicy
NAME                 POD-SELECTOR   AGE
api-allow-frontend   app=api        2s
$ kubectl get pods -l app=api
NAME   READY   STATUS    RESTARTS   AGE
api    1/1     Running   0          9s
