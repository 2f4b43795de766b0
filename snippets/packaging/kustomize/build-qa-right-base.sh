$ kubectl kustomize overlays/qa-fixed | grep '^  name:'
  name: qa-web-config-hf678c7m2b
  name: qa-web
  name: qa-web
