$ kubectl exec restricted-web -- id -u
101
$ kubectl exec restricted-web -- grep -E '^(NoNewPrivs|CapEff)' /proc/1/status
CapEff:         0000000000000000
NoNewPrivs:     1
