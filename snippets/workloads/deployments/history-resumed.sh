$ kubectl rollout history deployment/web
deployment.apps/web
REVISION  CHANGE-CAUSE
3         first release: nginx 1.27
4         switch to the unprivileged nginx image
5         nginx 1.27 with a CPU request
