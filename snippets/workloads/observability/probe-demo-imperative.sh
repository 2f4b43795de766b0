kubectl run probe-demo --image=nginx:1.27 --port=80 --labels=app=probe-demo \
  --dry-run=client -o yaml > probe-demo.yaml
