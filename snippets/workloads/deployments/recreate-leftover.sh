$ kubectl patch deployment web -p '{"spec":{"strategy":{"type":"Recreate"}}}'
The Deployment "web" is invalid: spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'
