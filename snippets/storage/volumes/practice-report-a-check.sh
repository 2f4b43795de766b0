$ kubectl apply -f report-a.yaml
pod/report-a created
$ kubectl get pod report-a -o jsonpath='{.spec.containers[0].volumeMounts[0].subPathExpr}'
$(POD_NAME)
