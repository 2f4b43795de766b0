kubectl get pod busy -o yaml \
  | kubectl set env --local -f - MODE=debug -o yaml \
  | kubectl replace --force -f -
