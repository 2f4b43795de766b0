kubectl delete validatingadmissionpolicybinding require-team-label-binding image-digest-binding
kubectl delete validatingadmissionpolicy require-team-label image-digest
