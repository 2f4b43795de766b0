kubectl get pods -A -o wide --field-selector spec.nodeName=NODE_NAME   # what would move
kubectl drain NODE_NAME --ignore-daemonsets --delete-emptydir-data --timeout=5m
kubectl get nodes                                                     # Ready,SchedulingDisabled
kubectl uncordon NODE_NAME
