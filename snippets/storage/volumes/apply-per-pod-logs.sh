$ kubectl apply -f per-pod-logs.yaml
pod/per-pod-logs created
$ kubectl get pod per-pod-logs -o jsonpath='{.spec.containers[0].volumeMounts[0].subPathExpr}'
$(POD_NAME)
