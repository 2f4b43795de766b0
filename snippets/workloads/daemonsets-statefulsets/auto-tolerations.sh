$ kubectl get pods -l app=node-agent -o jsonpath='{range .items[0].spec.tolerations[*]}{.key}:{.effect}{"\n"}{end}'
node.kubernetes.io/not-ready:NoExecute
node.kubernetes.io/unreachable:NoExecute
node.kubernetes.io/disk-pressure:NoSchedule
node.kubernetes.io/memory-pressure:NoSchedule
node.kubernetes.io/pid-pressure:NoSchedule
node.kubernetes.io/unschedulable:NoSchedule
