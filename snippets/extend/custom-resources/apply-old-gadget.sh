$ kubectl apply -f gadget-crd.yaml
customresourcedefinition.apiextensions.k8s.io/gadgets.legacy.example.com created
$ kubectl wait --for=condition=Established crd/gadgets.legacy.example.com --timeout=60s
customresourcedefinition.apiextensions.k8s.io/gadgets.legacy.example.com condition met
$ kubectl apply -f old-gadget.yaml >/dev/null
Warning: legacy.example.com/v1beta1 Gadget is deprecated; use legacy.example.com/v1
