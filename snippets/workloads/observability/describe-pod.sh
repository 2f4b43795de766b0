kubectl describe pod probe-demo
