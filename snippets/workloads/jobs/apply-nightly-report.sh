kubectl apply -f nightly-report.yaml
kubectl get cronjobs
