$ kubectl patch pvc local-data -p '{"spec":{"resources":{"requests":{"storage":"3Gi"}}}}'
persistentvolumeclaim/local-data patched
$ kubectl get pvc local-data -o jsonpath='{.spec.resources.requests.storage} {.status.capacity.storage}'
3Gi 2Gi
