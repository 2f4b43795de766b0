kubectl label --overwrite namespace "$(kubectl config view --minify -o jsonpath='{..namespace}')" \
  pod-security.kubernetes.io/enforce-version=v1.37 \
  pod-security.kubernetes.io/warn=restricted \
  pod-security.kubernetes.io/audit=restricted
