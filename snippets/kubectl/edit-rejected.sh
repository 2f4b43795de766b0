$ kubectl edit pod busy
error: pods "busy" is invalid
A copy of your changes has been stored to "/tmp/kubectl-edit-2274005143.yaml"
error: Edit cancelled, no valid changes were saved.
