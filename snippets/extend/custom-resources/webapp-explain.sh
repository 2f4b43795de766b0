kubectl explain webapps
kubectl explain webapp.spec
kubectl explain webapp.spec.tier
