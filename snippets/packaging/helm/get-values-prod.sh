$ helm get values shop
USER-SUPPLIED VALUES:
replicaCount: 3
resources:
  limits:
    memory: 256Mi
  requests:
    cpu: 100m
    memory: 128Mi
service:
  type: NodePort
