head -c 32 /dev/urandom | base64
