kubectl get validatingadmissionpolicy replica-limit -o jsonpath='{.status.typeChecking}'
