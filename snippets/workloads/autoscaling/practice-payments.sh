kubectl create priorityclass autoscaling-task-payments --value=500000 \
  --description="Payment processing"
kubectl run payments --image=nginx:1.27 \
  --overrides='{"spec":{"priorityClassName":"autoscaling-task-payments"}}'
