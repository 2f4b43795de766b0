# Into another namespace, creating it when it does not exist yet:
helm install RELEASE_NAME ./web --namespace NAMESPACE --create-namespace
# With a values file and one override on top:
helm install RELEASE_NAME ./web -f prod-values.yaml --set replicaCount=5
# Let Helm choose the release name (web-1234567890):
helm install ./web --generate-name
# A chart version from a repository, waiting until the objects are ready:
helm install RELEASE_NAME REPO_NAME/CHART_NAME --version 1.2.3 --wait --timeout 5m
# Show what would be installed, validated by the API server, without installing:
helm install RELEASE_NAME ./web --dry-run=server
