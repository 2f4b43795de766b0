kubectl describe node NODE_NAME       # Conditions, Taints, Events
kubectl get node NODE_NAME -o jsonpath='{range .status.conditions[*]}{.type}={.status} {.reason}: {.message}{"\n"}{end}'
