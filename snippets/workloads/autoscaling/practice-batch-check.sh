$ kubectl get pods -l app=nightly -o jsonpath='{range .items[*]}{.spec.priority} {.spec.preemptionPolicy}{"\n"}{end}'
5000 Never
5000 Never
