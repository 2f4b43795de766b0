$ kubectl create deployment within-limit --image=nginx:1.27 --replicas=3
deployment.apps/within-limit created
$ kubectl get deployment within-limit -o jsonpath='{.spec.replicas}'
3
