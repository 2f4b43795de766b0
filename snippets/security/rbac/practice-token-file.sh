kubectl create token ci-deployer --duration=2h --audience=https://ci.example.com > ci-token.txt
