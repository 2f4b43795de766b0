helm upgrade --install RELEASE_NAME ./web -f prod-values.yaml --namespace NAMESPACE --create-namespace
