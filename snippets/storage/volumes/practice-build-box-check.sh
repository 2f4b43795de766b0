$ kubectl apply -f build-box.yaml
pod/build-box created
$ kubectl wait --for=create pvc/build-box-workspace --timeout=60s
persistentvolumeclaim/build-box-workspace condition met
$ kubectl get pvc build-box-workspace -o jsonpath='{.metadata.ownerReferences[0].kind}/{.metadata.ownerReferences[0].name} {.spec.resources.requests.storage}'
Pod/build-box 2Gi
