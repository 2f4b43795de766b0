$ kubectl get pod checkout -o jsonpath='{.spec.priority} {.spec.preemptionPolicy}'
100000 PreemptLowerPriority
$ kubectl get priorityclass autoscaling-demo-high
NAME                    VALUE    GLOBAL-DEFAULT   AGE   PREEMPTIONPOLICY
autoscaling-demo-high   100000   false            1s    PreemptLowerPriority
