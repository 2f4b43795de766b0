$ openssl x509 -in alice.crt -noout -subject
subject=O = developers, CN = alice
