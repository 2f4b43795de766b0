$ kubectl apply -f nginx-nonroot-bad.yaml
pod/nginx created
$ kubectl wait pod/nginx --timeout=60s --for=jsonpath='{.status.containerStatuses[0].state.waiting.reason}'=CreateContainerConfigError
pod/nginx condition met
$ kubectl get pod nginx -o jsonpath='{.status.containerStatuses[0].state.waiting.message}{"\n"}'
container has runAsNonRoot and image will run as root (pod: "nginx_default(84a21ef7-d547-472e-965e-fe30d599040f)", container: nginx)
