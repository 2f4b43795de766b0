$ kubectl apply -f example-site.yaml
service/example-site created
$ kubectl exec client -- sh -c "nslookup -type=cname example-site.\$(cat /var/run/secrets/kubernetes.io/serviceaccount/namespace).svc.cluster.local" | grep -o 'canonical name = .*'
canonical name = www.example.com
