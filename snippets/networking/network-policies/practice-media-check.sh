kubectl apply -f media-rtp.yaml
kubectl get networkpolicy media-rtp \
  -o jsonpath='{.spec.ingress[0].ports[0].protocol} {.spec.ingress[0].ports[0].port}-{.spec.ingress[0].ports[0].endPort}{"\n"}'
