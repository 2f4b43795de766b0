kubectl delete hpa api calc reports drain
kubectl delete deployment api calc nightly
kubectl delete pod payments --now
kubectl delete priorityclass autoscaling-task-payments autoscaling-task-batch
