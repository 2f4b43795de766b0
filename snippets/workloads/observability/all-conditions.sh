kubectl get pod probe-demo -o jsonpath='{range .status.conditions[*]}{.type}={.status}{"\n"}{end}'
