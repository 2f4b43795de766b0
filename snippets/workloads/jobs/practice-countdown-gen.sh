# shellcheck disable=SC2016
kubectl create job countdown --image=busybox:1.36 --dry-run=client -o yaml \
  -- sh -c 'for i in 3 2 1; do echo $i; done' > countdown.yaml
