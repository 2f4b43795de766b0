kubectl get pod static-web-node01 -o jsonpath='{.metadata.ownerReferences[0].kind}'
