kubectl delete pod probe-demo probe-demo-copy hooks-demo downward-demo debug-target --now
