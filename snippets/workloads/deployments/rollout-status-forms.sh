kubectl rollout status deployment/web                  # wait until done
kubectl rollout status deployment/web --timeout=2m     # give up after 2 minutes
kubectl rollout status deployment/web --watch=false    # print the state once
kubectl get deployment web --watch                      # the counts, as they change
