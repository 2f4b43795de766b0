$ kubectl get pod one-shot -o jsonpath='{.spec.restartPolicy}'
Never
$ kubectl get pod first-pod -o jsonpath='{.spec.restartPolicy}'
Always
