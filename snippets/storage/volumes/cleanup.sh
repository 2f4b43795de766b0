kubectl delete pod shared-files memory-cache node-log-reader pod-info \
  scratch-pod image-volume per-pod-logs --now
