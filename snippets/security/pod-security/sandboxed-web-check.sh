$ kubectl get pod sandboxed-web -o jsonpath='{.spec.overhead.memory} {.spec.nodeSelector}{"\n"}'
64Mi {"sandbox.example.com/gvisor":"true"}
$ kubectl get pod sandboxed-web -o jsonpath='{.status.phase}'
Pending
