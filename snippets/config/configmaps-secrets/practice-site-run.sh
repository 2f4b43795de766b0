printf 'server { listen 8080; }\n' > site.conf
kubectl create configmap site-config --from-file=default.conf=site.conf
kubectl apply -f site-pod.yaml
kubectl get pod site -o jsonpath='{.spec.containers[0].volumeMounts[0].subPath}{"\n"}'
