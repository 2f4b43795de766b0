$ helm get manifest shop | grep 'image:'
          image: "nginx:1.27"
$ helm get values shop --revision 2
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
