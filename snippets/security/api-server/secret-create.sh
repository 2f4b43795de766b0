kubectl create secret generic app-credentials --from-literal=password=S3cr3t-Pa55
