$ kubectl get pod apparmor-annotation -o jsonpath='{.spec.containers[0].securityContext.appArmorProfile}'
{"localhostProfile":"k8s-deny-write","type":"Localhost"}
