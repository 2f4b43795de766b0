$ kubectl get namespace "$(kubectl config view --minify -o jsonpath='{..namespace}')" -o jsonpath='{.metadata.labels.pod-security\.kubernetes\.io/enforce}'
restricted
