kubectl create job batch-five --image=busybox:1.36 \
  --dry-run=client -o yaml -- sh -c 'echo working; sleep 10' > batch-five.yaml
# then add completions: 5 and parallelism: 2 under spec,
# and change restartPolicy to OnFailure if you want in-place restarts
