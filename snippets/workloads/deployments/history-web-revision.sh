$ kubectl rollout history deployment/web --revision=1
deployment.apps/web with revision #1
Pod Template:
  Labels:       app=web
        pod-template-hash=69c6f74b8b
  Annotations:  kubernetes.io/change-cause: first release: nginx 1.27
  Containers:
   nginx:
    Image:      nginx:1.27
    Port:       <none>
    Host Port:  <none>
    Environment:        <none>
    Mounts:     <none>
  Volumes:      <none>
  Node-Selectors:       <none>
  Tolerations:  <none>
