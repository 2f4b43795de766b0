$ kubectl apply -f syscall-audit.yaml
pod/syscall-audit created
$ kubectl get pod syscall-audit -o jsonpath='{.spec.containers[0].securityContext.seccompProfile.localhostProfile}'
profiles/audit.json
