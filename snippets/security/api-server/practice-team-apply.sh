kubectl apply -f require-team-label.yaml
kubectl label namespace "$(kubectl config view --minify -o jsonpath='{..namespace}')" team-label=required
sleep 3
