kubectl apply -f replica-limit-policy.yaml -f replica-limit-binding.yaml
kubectl label namespace "$(kubectl config view --minify -o jsonpath='{..namespace}')" replica-limit=enforced
sleep 3
