kubectl kustomize DIR                  # print the built manifests
kubectl kustomize DIR > built.yaml     # keep them, read them, then apply -f
kubectl apply -k DIR
kubectl diff -k DIR                    # exit code 1 means "there are differences"
kubectl delete -k DIR
