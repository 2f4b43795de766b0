openssl genrsa -out alice.key 2048
openssl req -new -key alice.key -subj "/CN=alice/O=developers" -out alice.csr
