kubectl label namespace "$(kubectl config view --minify -o jsonpath='{..namespace}')" \
  pod-security.kubernetes.io/enforce=restricted
