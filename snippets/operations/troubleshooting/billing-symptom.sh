$ kubectl get deployment billing
NAME      READY   UP-TO-DATE   AVAILABLE   AGE
billing   0/2     0            0           1s
$ kubectl get pods -l app=billing
No resources found in trouble namespace.
$ kubectl get deployment billing -o jsonpath='{.status.conditions[?(@.type=="ReplicaFailure")].message}{"\n"}'
pods "billing-7c98d87779-phwmh" is forbidden: failed quota: team-quota: must specify requests.cpu for: nginx; requests.memory for: nginx
