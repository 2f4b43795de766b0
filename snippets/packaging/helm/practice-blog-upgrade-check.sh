$ helm get values blog
USER-SUPPLIED VALUES:
replicaCount: 3
service:
  type: NodePort
