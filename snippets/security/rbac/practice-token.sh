$ kubectl create token ci-deployer --duration=2h --audience=https://ci.example.com -o jsonpath='{.spec.expirationSeconds} {.spec.audiences}{"\n"}'
7200 ["https://ci.example.com"]
