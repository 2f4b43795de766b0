kubectl apply -f secure-busy.yaml
