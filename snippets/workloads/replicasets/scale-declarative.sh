kubectl apply -f frontend-rs.yaml
