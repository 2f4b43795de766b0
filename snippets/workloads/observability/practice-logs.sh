# (a) every pod, every container, with a [pod/NAME/CONTAINER] prefix
kubectl logs deployment/web --all-pods --all-containers --tail=20
# (b) the previous instance of one container
kubectl logs web-7d4b9c8f6d-x2kqp -c log-agent --previous
# (c) warning events about that pod
kubectl events --for pod/web-7d4b9c8f6d-x2kqp --types=Warning
