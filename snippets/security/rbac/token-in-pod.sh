SA_DIR=/var/run/secrets/kubernetes.io/serviceaccount
ls "$SA_DIR"
curl --cacert "$SA_DIR/ca.crt" -H "Authorization: Bearer $(cat "$SA_DIR/token")" \
  "https://kubernetes.default.svc/api/v1/namespaces/$(cat "$SA_DIR/namespace")/pods"
