kubectl apply -f first-pod.yaml     # create, or update if it exists
kubectl delete -f first-pod.yaml    # delete what the file describes
kubectl delete pod POD_NAME         # delete by name
kubectl apply -f ./manifests/       # every manifest in a folder
