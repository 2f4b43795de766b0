kubectl replace --force -f /tmp/kubectl-edit-SUFFIX.yaml
