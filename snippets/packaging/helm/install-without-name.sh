helm install ./web
