kubectl apply -k overlays/nodeport
