sudo -E etcdctl get /registry/secrets/default/SECRET_NAME | hexdump -C | head -n 3
