kubectl run ssd-pod --image=nginx:1.27 \
  --overrides='{"apiVersion":"v1","spec":{"nodeSelector":{"disktype":"ssd"}}}'
