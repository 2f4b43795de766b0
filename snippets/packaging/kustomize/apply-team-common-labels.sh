kubectl apply -k overlays/team-common
