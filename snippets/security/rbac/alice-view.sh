$ kubectl create rolebinding alice-view --clusterrole=view --user=alice
rolebinding.rbac.authorization.k8s.io/alice-view created
$ echo "here: $(kubectl auth can-i list deployments --as=alice)"
here: yes
$ echo "all namespaces: $(kubectl auth can-i list deployments --as=alice --all-namespaces)"
all namespaces: no
