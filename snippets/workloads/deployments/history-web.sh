$ kubectl rollout history deployment/web
deployment.apps/web
REVISION  CHANGE-CAUSE
1         first release: nginx 1.27
2         switch to the unprivileged nginx image
