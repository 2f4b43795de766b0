kubectl describe pod busy
