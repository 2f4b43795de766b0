$ kubectl get pods -l app=web -o jsonpath='{.items[0].status.containerStatuses[0].state.waiting.reason}{"\n"}'
ImagePullBackOff
$ kubectl get pods -l app=web -o jsonpath='{.items[0].spec.containers[0].image}{"\n"}'
nginx:1.277
$ kubectl events --types=Warning | grep -o 'Failed to pull image "[^"]*"' | sort -u
Failed to pull image "nginx:1.277"
