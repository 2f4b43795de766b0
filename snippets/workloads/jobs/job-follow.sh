kubectl get jobs --watch                        # Ctrl+C to stop
kubectl describe job hello-job                  # settings, pod counts, Events
kubectl logs job/hello-job                      # logs of one of its pods
kubectl get job hello-job -o jsonpath='{.status.succeeded}'
