$ kubectl rollout undo deployment/web
error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again
