# A client with no special labels: should fail if the policy isolates the target
kubectl run tmp --rm -it --image=busybox:1.36 --restart=Never -- \
  wget -qO- -T 2 http://SERVICE_NAME.NAMESPACE.svc.cluster.local

# A client that carries the allowed label, in the allowed namespace
kubectl run tmp --rm -it --image=busybox:1.36 --restart=Never \
  -n CLIENT_NAMESPACE --labels=role=frontend -- \
  wget -qO- -T 2 http://SERVICE_NAME.NAMESPACE.svc.cluster.local

# From a pod that already runs (its own labels and namespace apply)
kubectl exec -n CLIENT_NAMESPACE POD_NAME -- \
  wget -qO- -T 2 http://SERVICE_NAME.NAMESPACE.svc.cluster.local
