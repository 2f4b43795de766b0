kubectl apply -f pod-reader-role.yaml -f pod-reader-binding.yaml
