kubectl create priorityclass autoscaling-demo-high --value=100000 \
  --description="Customer-facing services."
