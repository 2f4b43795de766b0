kubectl patch deployment orders \
  -p '{"spec":{"strategy":{"type":"Recreate","rollingUpdate":null}}}'
