$ kubectl wait --for=condition=Ready pod/busy --timeout=60s
pod/busy condition met
$ kubectl exec busy -- id
uid=0(root) gid=0(root) groups=0(root),10(wheel)
$ kubectl exec busy -- date -s "2024-11-24 10:00"
Sun Nov 24 10:00:00 UTC 2024
date: can't set date: Operation not permitted
