$ kubectl get secret db-creds -o jsonpath='{.data.password}' | base64 -d
S3cr3t!
