$ kubectl apply -f study-monitoring.yaml -f study-monitoring-pods.yaml
clusterrole.rbac.authorization.k8s.io/study-monitoring created
clusterrole.rbac.authorization.k8s.io/study-monitoring-pods created
$ kubectl wait clusterrole/study-monitoring --for=jsonpath='{.rules[0].verbs[0]}'=get --timeout=60s
clusterrole.rbac.authorization.k8s.io/study-monitoring condition met
$ kubectl get clusterrole study-monitoring -o jsonpath='{.rules[0].resources}{"\n"}'
["pods","services","endpoints"]
