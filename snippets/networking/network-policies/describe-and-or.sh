$ kubectl apply -f db-allow-prometheus-and.yaml -f db-allow-prometheus-or.yaml
networkpolicy.networking.k8s.io/db-allow-prometheus-and created
networkpolicy.networking.k8s.io/db-allow-prometheus-or created
$ kubectl describe networkpolicy db-allow-prometheus-and | sed -n '/^Spec:/,$p'
Spec:
  PodSelector:     app=db
  Allowing ingress traffic:
    To Port: <any> (traffic allowed to all ports)
    From:
      NamespaceSelector: kubernetes.io/metadata.name=monitoring
      PodSelector: app=prometheus
  Not affecting egress traffic
  Policy Types: Ingress
$ kubectl describe networkpolicy db-allow-prometheus-or | sed -n '/^Spec:/,$p'
Spec:
  PodSelector:     app=db
  Allowing ingress traffic:
    To Port: <any> (traffic allowed to all ports)
    From:
      NamespaceSelector: kubernetes.io/metadata.name=monitoring
    From:
      PodSelector: app=prometheus
  Not affecting egress traffic
  Policy Types: Ingress
