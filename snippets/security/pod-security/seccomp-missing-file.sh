$ kubectl apply -f seccomp-no-mkdir.yaml
pod/seccomp-no-mkdir created
$ kubectl wait --for=jsonpath='{.status.containerStatuses[0].state.waiting.reason}'=CreateContainerError pod/seccomp-no-mkdir --timeout=60s
pod/seccomp-no-mkdir condition met
$ kubectl get pod seccomp-no-mkdir -o jsonpath='{.status.containerStatuses[0].state.waiting.message}{"\n"}' | grep -o 'cannot load seccomp profile'
cannot load seccomp profile
