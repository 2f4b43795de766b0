docker run -d --rm --name jaeger -p 16686:16686 -p 4317:4317 -p 4318:4318 \
  "jaegertracing/jaeger:JAEGER_VERSION"
curl -s -o /dev/null -w '%{http_code}\n' http://localhost:16686/
