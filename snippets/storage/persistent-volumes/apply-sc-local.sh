$ kubectl apply -f sc-local.yaml
storageclass.storage.k8s.io/pvdemo-local created
$ kubectl get storageclass pvdemo-local
NAME           PROVISIONER                    RECLAIMPOLICY   VOLUMEBINDINGMODE      ALLOWVOLUMEEXPANSION   AGE
pvdemo-local   kubernetes.io/no-provisioner   Retain          WaitForFirstConsumer   true                   0s
