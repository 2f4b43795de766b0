$ kubectl get clusterrolebinding system:public-info-viewer -o jsonpath='{.subjects[*].name}'
system:authenticated system:unauthenticated
$ kubectl get clusterrole system:public-info-viewer -o jsonpath='{.rules[0].nonResourceURLs}'
["/healthz","/livez","/readyz","/version","/version/"]
