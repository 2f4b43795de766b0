$ kubectl apply -f default-deny-all.yaml
networkpolicy.networking.k8s.io/default-deny-all created
$ kubectl describe networkpolicy default-deny-all | sed -n '/^Spec:/,$p'
Spec:
  PodSelector:     <none> (Allowing the specific traffic to all pods in this namespace)
  Allowing ingress traffic:
    <none> (Selected pods are isolated for ingress connectivity)
  Allowing egress traffic:
    <none> (Selected pods are isolated for egress connectivity)
  Policy Types: Ingress, Egress
