kubectl apply -f etl.yaml
kubectl get pod etl -o jsonpath='{.spec.nodeName}{"\n"}'
