$ helm template edge ./web --set service.type=LoadBalancer --set service.port=8080 -s templates/service.yaml | grep -E 'type:|port:'
  type: LoadBalancer
      port: 8080
