kubectl apply -f image-digest-warning.yaml
kubectl label namespace "$(kubectl config view --minify -o jsonpath='{..namespace}')" digest-check=warn
sleep 3
