$ kubectl patch ingress legacy-class --type=merge -p '{"metadata":{"annotations":{"kubernetes.io/ingress.class":null}},"spec":{"ingressClassName":"nginx"}}'
ingress.networking.k8s.io/legacy-class patched
$ kubectl get ingress legacy-class -o custom-columns=CLASS:.spec.ingressClassName,ANNOTATIONS:.metadata.annotations
CLASS   ANNOTATIONS
nginx   <none>
