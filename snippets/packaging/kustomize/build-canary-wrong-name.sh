kubectl kustomize overlays/canary
