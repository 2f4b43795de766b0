kubectl apply -f build-bot-sa.yaml -f build-bot-binding.yaml
NS=$(kubectl config view --minify -o jsonpath='{..namespace}')
kubectl auth can-i create deployments --as="system:serviceaccount:${NS:-default}:build-bot"
