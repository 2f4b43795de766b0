$ kubectl kustomize overlays/canary-fixed | grep -E '^  name: canary-web$|^  replicas:'
  name: canary-web
  name: canary-web
  replicas: 2
