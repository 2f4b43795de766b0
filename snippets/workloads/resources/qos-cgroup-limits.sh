$ kubectl wait --for=condition=Ready pod/qos-guaranteed --timeout=60s
pod/qos-guaranteed condition met
$ kubectl exec qos-guaranteed -- sh -c "cat /sys/fs/cgroup/cpu.max 2>/dev/null || echo \$(cat /sys/fs/cgroup/cpu/cpu.cfs_quota_us) \$(cat /sys/fs/cgroup/cpu/cpu.cfs_period_us)"
20000 100000
$ kubectl exec qos-guaranteed -- sh -c "cat /sys/fs/cgroup/memory.max 2>/dev/null || cat /sys/fs/cgroup/memory/memory.limit_in_bytes"
134217728
