$ kubectl run client --image=busybox:1.36 --restart=Never -- sleep 3600
pod/client created
$ kubectl wait --for=condition=Ready pod/client --timeout=60s
pod/client condition met
$ kubectl exec client -- wget -qO- -T 5 http://web | grep '<title>'
<title>Welcome to nginx!</title>
$ kubectl exec client -- wget -qO- -T 5 "http://$(kubectl get svc web -o jsonpath='{.spec.clusterIP}')" | grep '<title>'
<title>Welcome to nginx!</title>
