$ kubectl rollout undo deployment/web --to-revision=1
error: unable to find specified revision 1 in history
