$ kubectl label --dry-run=server --overwrite namespace "$(kubectl config view --minify -o jsonpath='{..namespace}')" pod-security.kubernetes.io/enforce=restricted 2>&1 | grep '^Warning: legacy-web'
Warning: legacy-web: allowPrivilegeEscalation != false, unrestricted capabilities, runAsNonRoot != true, seccompProfile
