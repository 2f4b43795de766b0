kubectl apply -f printer.yaml
kubectl get pod printer -o jsonpath='{.metadata.labels.release}{"\n"}'
