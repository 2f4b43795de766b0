$ kubectl get pod whoami -o jsonpath='{range .spec.containers[0].env[*]}{.name}={.valueFrom.fieldRef.fieldPath}{"\n"}{end}'
POD_NAME=metadata.name
NODE_NAME=spec.nodeName
TEAM=metadata.labels['team']
