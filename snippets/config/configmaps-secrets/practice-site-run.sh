printf 'server { listen 8080; }\n' > site.conf
kubectl create configmap site-config --from-file=default.conf=site.conf
kubectl apply -f site-pod.yaml
kubectl wait --for=condition=Ready pod/site --timeout=60s
