kubectl exec seccomp-no-mkdir -- grep Seccomp /proc/1/status
kubectl exec seccomp-no-mkdir -- mkdir /tmp/test
