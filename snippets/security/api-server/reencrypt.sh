kubectl get secrets -A -o json | kubectl replace -f -
