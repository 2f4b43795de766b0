$ kubectl create token build-bot --duration=2h -o jsonpath='{.spec.expirationSeconds}{"\n"}'
7200
$ kubectl create token build-bot --audience=https://vault.example.com -o jsonpath='{.spec.audiences}{"\n"}'
["https://vault.example.com"]
