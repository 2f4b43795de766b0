kubectl create job hello-job --image=busybox:1.36 \
  -- sh -c 'echo hello from a Job; sleep 5'
