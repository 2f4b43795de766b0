$ kubectl get hpa cart -o jsonpath='{range .spec.metrics[*]}{.resource.name}: {.resource.target.type}{"\n"}{end}'
cpu: Utilization
memory: AverageValue
