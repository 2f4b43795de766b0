$ kubectl rollout history deployment/catalog
deployment.apps/catalog
REVISION  CHANGE-CAUSE
1         <none>
2         use the unprivileged image
