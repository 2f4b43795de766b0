kubectl expose deployment nginx --name=web-client-ip --type=NodePort --port=80
kubectl patch service web-client-ip -p '{"spec":{"externalTrafficPolicy":"Local"}}'
kubectl get service web-client-ip -o jsonpath='{.spec.type} {.spec.externalTrafficPolicy}{"\n"}'
