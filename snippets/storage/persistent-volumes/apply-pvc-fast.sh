$ kubectl apply -f sc-immediate.yaml -f pvc-fast.yaml
storageclass.storage.k8s.io/pvdemo-immediate created
persistentvolumeclaim/fast-data created
$ kubectl wait --for=jsonpath='{.metadata.annotations.volume\.kubernetes\.io/storage-provisioner}'=ebs.csi.aws.com pvc/fast-data --timeout=60s
persistentvolumeclaim/fast-data condition met
$ kubectl get pvc fast-data -o jsonpath='{.status.phase}'
Pending
