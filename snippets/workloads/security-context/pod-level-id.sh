kubectl exec security-context-demo -- id
kubectl exec security-context-demo -- sh -c 'touch /data/demo/f && ls -ln /data/demo'
