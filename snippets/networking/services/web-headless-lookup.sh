$ kubectl apply -f web-headless.yaml
service/web-headless created
$ kubectl exec client -- sh -c "nslookup -type=a web-headless.\$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local" | grep -c '^Address: '
2
$ kubectl exec client -- sh -c "nslookup -type=a web.\$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local" | grep -c '^Address: '
1
