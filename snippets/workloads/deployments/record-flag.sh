$ kubectl set image deployment/web nginx=nginx:1.27 --record
deployment.apps/web image updated
Flag --record has been deprecated, --record will be removed in the future
$ kubectl rollout history deployment/web
deployment.apps/web
REVISION  CHANGE-CAUSE
2         switch to the unprivileged nginx image
3         kubectl set image deployment/web nginx=nginx:1.27 --record=true
