kubectl get pods --show-labels                       # labels as a column
kubectl label pod POD_NAME KEY=VALUE                 # add one label
kubectl label pod POD_NAME KEY1=VALUE1 KEY2=VALUE2   # add several at once
kubectl label pod POD_NAME KEY=NEW_VALUE --overwrite # change a value
kubectl label pod POD_NAME KEY-                      # remove a label
kubectl get pods -l KEY=VALUE                        # filter by label
kubectl get pods -L KEY                              # value of KEY as a column
kubectl label node NODE_NAME KEY=VALUE               # any object works
