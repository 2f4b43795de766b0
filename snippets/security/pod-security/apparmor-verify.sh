kubectl exec apparmor-deny-write -- cat /proc/1/attr/current
kubectl exec apparmor-deny-write -- touch /tmp/probe
