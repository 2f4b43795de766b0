$ kubectl apply -f webapp-crd.yaml
customresourcedefinition.apiextensions.k8s.io/webapps.stable.example.com created
$ kubectl wait --for=condition=Established crd/webapps.stable.example.com --timeout=60s
customresourcedefinition.apiextensions.k8s.io/webapps.stable.example.com condition met
