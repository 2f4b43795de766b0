$ kubectl describe networkpolicy api-allow-frontend | sed -n '/^Spec:/,$p'
Spec:
  PodSelector:     app=api
  Allowing ingress traffic:
    To Port: 8080/TCP
    From:
      PodSelector: role=frontend
  Not affecting egress traffic
  Policy Types: Ingress
