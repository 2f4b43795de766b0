kubectl create role cm-editor --verb=get,list,watch,create,update,patch,delete --resource=configmaps
kubectl create rolebinding cm-editor-maria --role=cm-editor --user=maria
kubectl auth can-i --list --as=maria   # configmaps, plus the self-review rules everyone has
kubectl auth can-i delete configmaps --as=maria
