$ kubectl exec probe-demo -- rm /usr/share/nginx/html/index.html
$ kubectl wait --for=condition=Ready=false pod/probe-demo --timeout=60s
pod/probe-demo condition met
$ kubectl wait --for=jsonpath='{.status.containerStatuses[0].restartCount}'=1 pod/probe-demo --timeout=90s
pod/probe-demo condition met
$ kubectl wait --for=condition=Ready pod/probe-demo --timeout=60s
pod/probe-demo condition met
$ kubectl get events --field-selector involvedObject.name=probe-demo,reason=Unhealthy -o custom-columns=MESSAGE:.message | grep -E 'MESSAGE|403'
MESSAGE
Readiness probe failed: HTTP probe failed with statuscode: 403
Liveness probe failed: HTTP probe failed with statuscode: 403
