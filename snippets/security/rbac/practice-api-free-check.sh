$ kubectl apply -f api-free-pod.yaml
serviceaccount/no-api created
pod/api-free created
$ kubectl get pod api-free -o jsonpath='{.spec.automountServiceAccountToken} volumes: {.spec.volumes[*].name}{"\n"}'
false volumes:
