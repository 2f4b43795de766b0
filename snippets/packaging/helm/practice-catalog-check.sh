$ helm get values catalog
USER-SUPPLIED VALUES:
image:
  tag: "1.27"
replicaCount: 1
resources:
  limits:
    memory: 64Mi
