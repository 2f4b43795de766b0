helm show values oci://REGISTRY/PATH/CHART_NAME --version 1.2.3
helm install RELEASE_NAME oci://REGISTRY/PATH/CHART_NAME --version 1.2.3
helm registry login REGISTRY   # only for registries that need credentials
