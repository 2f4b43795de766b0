helm template edge ./web --set service.type=LoadBalancer --set service.port=8080 -s templates/service.yaml > edge-service.yaml
