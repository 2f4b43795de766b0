$ kubectl get endpointslices -l kubernetes.io/service-name=shop-web
NAME             ADDRESSTYPE   PORTS     ENDPOINTS                 AGE
shop-web-v6fm4   IPv4          <unset>   10.244.0.35,10.244.0.51   0s
$ kubectl get pods -l app=shop -o jsonpath='{.items[0].spec.containers[0].ports}{"\n"}'
[{"containerPort":80,"name":"http","protocol":"TCP"}]
