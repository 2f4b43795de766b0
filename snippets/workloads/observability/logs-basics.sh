kubectl logs POD_NAME                          # the whole log of a single-container pod
kubectl logs POD_NAME -c CONTAINER_NAME        # one container of a multi-container pod
kubectl logs POD_NAME --all-containers         # every container, one after the other
kubectl logs POD_NAME --previous               # the instance before the last restart (-p)
kubectl logs -f POD_NAME                       # follow: keep printing new lines (Ctrl+C to stop)
kubectl logs POD_NAME --tail=50                # only the last 50 lines
kubectl logs POD_NAME --since=15m              # only lines from the last 15 minutes
kubectl logs POD_NAME --timestamps             # prefix each line with its time
