$ kubectl get pod cache-2 -o jsonpath='{.spec.volumes[?(@.name=="data")].persistentVolumeClaim.claimName}'
data-cache-2
