$ kubectl rollout history deployment/web
deployment.apps/web
REVISION  CHANGE-CAUSE
2         switch to the unprivileged nginx image
3         first release: nginx 1.27
