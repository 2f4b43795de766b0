kubectl create namespace team-a
kubectl run api --image=nginx:1.27 -n team-a
kubectl get pods -A
kubectl get pods -n default
kubectl get pod api -n team-a -o jsonpath='{.metadata.namespace}'
