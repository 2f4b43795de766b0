kubectl get secrets -A -o json | kubectl replace -f -
sudo -E etcdctl get /registry/secrets/default/db-password --print-value-only | head -c 20; echo
