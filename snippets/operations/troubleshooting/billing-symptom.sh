$ kubectl get deployment billing
NAME      READY   UP-TO-DATE   AVAILABLE   AGE
billing   0/2     0            0           0s
$ kubectl get pods -l app=billing
No resources found in default namespace.
$ kubectl get deployment billing -o jsonpath='{.status.conditions[?(@.type=="ReplicaFailure")].message}{"\n"}'
pods "billing-7469f8b6d5-sx4c4" is forbidden: failed quota: team-quota: must specify requests.cpu for: nginx; requests.memory for: nginx
