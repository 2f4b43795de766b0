kubectl auth can-i create deployments                     # you, in the current namespace
kubectl auth can-i create deployments -n NAMESPACE        # in another namespace
kubectl auth can-i list pods --all-namespaces             # in every namespace at once
kubectl auth can-i delete pods --as=USER                  # as a user
kubectl auth can-i get nodes --as=USER --as-group=GROUP   # as a user in a group
kubectl auth can-i list secrets --as=system:serviceaccount:NAMESPACE:NAME   # as a ServiceAccount
kubectl auth can-i get pods/POD_NAME --subresource=log    # a subresource of one object
kubectl auth can-i '*' '*'                                # everything: cluster-admin?
kubectl auth can-i --list --as=USER -n NAMESPACE          # every rule that applies
kubectl auth whoami --as=USER                             # user name and groups as the server sees them
