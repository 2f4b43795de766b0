$ kubectl get pod web-pvc -o jsonpath='{.spec.volumes[0].persistentVolumeClaim.claimName}'
web-data
