$ openssl x509 -noout -checkend 2592000 -in demo.crt
Certificate will not expire
