kubectl apply -f deny-metadata.yaml
kubectl get networkpolicy deny-metadata \
  -o jsonpath='{.spec.egress[0].to[0].ipBlock.cidr} except {.spec.egress[0].to[0].ipBlock.except[0]}{"\n"}'
