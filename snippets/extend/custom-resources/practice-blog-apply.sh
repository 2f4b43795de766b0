$ kubectl apply -f blog.yaml
webapp.stable.example.com/blog created
$ kubectl get wa blog -o jsonpath='{.spec.replicas} {.spec.port}'
1 8080
