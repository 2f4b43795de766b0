$ kubectl get pod sandboxed-web -o jsonpath='{.spec.overhead.memory} {.spec.nodeSelector.sandbox\.example\.com/gvisor}{"\n"}'
64Mi true
$ kubectl get pod sandboxed-web -o jsonpath='{.status.phase}'
Pending
