kubectl get pod POD_NAME -o jsonpath='{.status.containerStatuses[*].imageID}'
kubectl set image deployment/DEPLOYMENT_NAME CONTAINER_NAME=nginx:1.27@sha256:DIGEST
