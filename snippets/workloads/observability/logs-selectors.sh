kubectl logs deployment/DEPLOYMENT_NAME              # one pod of the Deployment
kubectl logs deployment/DEPLOYMENT_NAME --all-pods   # every pod, each line prefixed with its source
kubectl logs job/JOB_NAME                            # the pod of a Job
kubectl logs -l app=web --prefix                     # every pod with the label, last 10 lines each
kubectl logs -l app=web --tail=-1 --since=1h         # all lines of the last hour
kubectl logs -f -l app=web --max-log-requests=10     # follow up to 10 pods at once (default 5)
