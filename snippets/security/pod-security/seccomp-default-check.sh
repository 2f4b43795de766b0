$ kubectl exec legacy-web -- grep Seccomp: /proc/1/status
Seccomp:        0
$ kubectl exec restricted-web -- grep Seccomp: /proc/1/status
Seccomp:        2
