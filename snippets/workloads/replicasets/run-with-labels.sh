kubectl run vote --image=nginx:1.27 --labels=app=vote,ver=v5 --dry-run=client -o yaml
