kubectl create job log-cleaner-now --from=cronjob/log-cleaner
kubectl patch cronjob log-cleaner --type=merge -p '{"spec":{"suspend":true}}'
