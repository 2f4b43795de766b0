$ kubectl apply -f scratch-pod.yaml
pod/scratch-pod created
$ kubectl wait --for=create pvc/scratch-pod-scratch --timeout=60s
persistentvolumeclaim/scratch-pod-scratch condition met
$ kubectl get pvc scratch-pod-scratch -o jsonpath='{.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name}'
Pod/scratch-pod
