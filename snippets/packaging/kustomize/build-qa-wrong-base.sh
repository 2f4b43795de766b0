kubectl kustomize overlays/qa
