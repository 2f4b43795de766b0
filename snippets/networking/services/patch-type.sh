kubectl patch service web -p '{"spec":{"type":"NodePort"}}'
kubectl get service web -o jsonpath='{.spec.ports[0].nodePort}{"\n"}'
