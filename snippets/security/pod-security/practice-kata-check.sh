$ kubectl apply -f kata-vm.yaml -f isolated-job.yaml
runtimeclass.node.k8s.io/kata-vm created
pod/isolated-job created
$ kubectl get pod isolated-job -o jsonpath='{.spec.runtimeClassName} {.spec.overhead.cpu}'
kata-vm 250m
