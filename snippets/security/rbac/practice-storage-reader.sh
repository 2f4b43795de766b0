kubectl create clusterrole study-storage-reader --verb=get,list,watch \
  --resource=persistentvolumes,storageclasses
kubectl create clusterrolebinding study-storage-reader \
  --clusterrole=study-storage-reader --group=storage-team
kubectl auth can-i list storageclasses --as=someone --as-group=storage-team
