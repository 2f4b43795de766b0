kubectl create token build-bot                               # valid for 1 hour, the default
kubectl create token build-bot --duration=2h                 # another lifetime
kubectl create token build-bot --audience=https://vault.example.com   # for another service
kubectl create token build-bot --bound-object-kind=Pod --bound-object-name=POD_NAME   # dies with the pod
