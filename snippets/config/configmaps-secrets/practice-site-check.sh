$ kubectl get pod site -o jsonpath='{.spec.containers[0].volumeMounts[0].subPath}'
default.conf
$ kubectl exec site -- cat /etc/nginx/conf.d/default.conf
server { listen 8080; }
