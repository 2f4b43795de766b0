kubectl get service web-lb -o jsonpath='{.status.loadBalancer.ingress[0].ip}{"\n"}'
