kubectl run web --image=nginx:1.27 --dry-run=client -o yaml > web.yaml
