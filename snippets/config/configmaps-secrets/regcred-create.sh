kubectl create secret docker-registry regcred \
  --docker-server=registry.example.com \
  --docker-username=USERNAME \
  --docker-password=PASSWORD \
  --docker-email=EMAIL

# Or reuse an existing Docker login:
kubectl create secret docker-registry regcred \
  --from-file=.dockerconfigjson="$HOME/.docker/config.json"
