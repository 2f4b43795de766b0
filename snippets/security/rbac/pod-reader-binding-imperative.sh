kubectl create rolebinding pod-reader-alice --role=pod-reader --user=alice \
  --dry-run=client -o yaml
