$ kubectl logs probe-demo -l app=probe-demo
error: only a selector (-l) or a POD name is allowed
See 'kubectl logs -h' for help and examples
