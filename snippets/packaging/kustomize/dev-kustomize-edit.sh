# With the standalone kustomize binary, in an empty overlays/dev folder:
kustomize create --resources ../../base
kustomize edit set nameprefix dev-
kustomize edit add label env:dev --without-selector  # without the flag it writes commonLabels
kustomize edit add annotation team:web-dev
kustomize edit add configmap web-config --behavior=merge --from-literal=LOG_LEVEL=debug
