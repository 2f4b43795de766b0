helm install tuned ./web
kubectl scale deployment tuned-web --replicas=4
