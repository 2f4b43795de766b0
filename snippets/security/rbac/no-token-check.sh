$ kubectl apply -f quiet-bot-sa.yaml -f token-pods.yaml
serviceaccount/quiet-bot created
pod/no-token created
pod/needs-token created
$ kubectl get pods no-token needs-token -o jsonpath='{range .items[*]}{.metadata.name}: {.spec.volumes[*].name}{"\n"}{end}'
no-token:
needs-token: kube-api-access-p4m9s
