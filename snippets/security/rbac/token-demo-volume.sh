$ kubectl apply -f token-demo-pod.yaml
pod/token-demo created
$ kubectl get pod token-demo -o jsonpath='{.spec.volumes[*].name}{"\n"}'
kube-api-access-x7k2p
$ kubectl get pod token-demo -o jsonpath='{.spec.volumes[0].projected.sources[0]}{"\n"}'
{"serviceAccountToken":{"expirationSeconds":3607,"path":"token"}}
