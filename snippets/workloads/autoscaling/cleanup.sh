kubectl delete pod checkout urgent polite --now
kubectl delete daemonset port-holder
kubectl delete deployment shop cart
kubectl delete hpa shop cart
kubectl delete priorityclass autoscaling-demo-high autoscaling-demo-low autoscaling-demo-polite
