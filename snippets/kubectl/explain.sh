kubectl explain pod
kubectl explain pod.spec.containers
kubectl explain pod.spec.containers.resources
kubectl explain pod.spec.containers --recursive
kubectl explain deployments --api-version=apps/v1
