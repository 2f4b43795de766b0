kubectl create deployment cache --image=redis:7.4-alpine
kubectl patch deployment cache \
  -p '{"spec":{"strategy":{"type":"Recreate","rollingUpdate":null}}}'
