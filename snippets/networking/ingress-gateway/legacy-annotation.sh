$ kubectl create ingress legacy-class --annotation=kubernetes.io/ingress.class=nginx --rule="legacy.example.com/*=shop:80"
ingress.networking.k8s.io/legacy-class created
Warning: annotation "kubernetes.io/ingress.class" is deprecated, please use 'spec.ingressClassName' instead
