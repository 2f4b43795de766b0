kubectl top node                                 # every node
kubectl top pod                                  # pods in this namespace
kubectl top pod -A --sort-by=memory              # the hungriest pods in the cluster first
kubectl top pod POD_NAME --containers            # per container
kubectl top pod -l app=web --sum                 # with a total line
