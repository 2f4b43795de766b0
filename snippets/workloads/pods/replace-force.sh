kubectl replace --force -f /tmp/kubectl-edit-EDIT_ID.yaml
