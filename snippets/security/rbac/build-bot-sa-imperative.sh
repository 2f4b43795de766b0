kubectl create serviceaccount build-bot --dry-run=client -o yaml
