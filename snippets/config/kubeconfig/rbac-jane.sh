kubectl create rolebinding jane-view --clusterrole=view --user=jane --namespace=dev
kubectl auth can-i list pods --namespace=dev --as=jane
