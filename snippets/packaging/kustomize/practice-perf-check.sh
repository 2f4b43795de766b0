$ kubectl kustomize overlays/perf | grep -E 'namespace:|replicas:|purpose:'
    purpose: load-test
  namespace: web-perf
    purpose: load-test
  namespace: web-perf
    purpose: load-test
  namespace: web-perf
  replicas: 5
        purpose: load-test
