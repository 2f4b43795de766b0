$ kubectl get pod volume-demo -o jsonpath='{.spec.volumes[*].name}{"\n"}'
game creds kube-api-access-x7k2p
