# Single quotes: the container's shell expands the variable, not yours.
# shellcheck disable=SC2016
kubectl create job indexed-demo --image=busybox:1.36 --dry-run=client -o yaml \
  -- sh -c 'echo processing shard $JOB_COMPLETION_INDEX' > indexed-demo.yaml
# then add completionMode: Indexed, completions: 3 and parallelism: 3
