$ grep -E 'type:|port:' edge-service.yaml
  type: LoadBalancer
      port: 8080
