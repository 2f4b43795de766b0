# Creates a pod named first-pod; the container is named after the pod.
kubectl run first-pod --image=nginx:1.27
