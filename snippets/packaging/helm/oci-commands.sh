helm show values oci://ghcr.io/stefanprodan/charts/podinfo
helm install frontend oci://ghcr.io/stefanprodan/charts/podinfo --version CHART_VERSION
helm registry login REGISTRY   # only for registries that need credentials
