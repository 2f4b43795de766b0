flux check --pre
flux bootstrap github \
  --owner="GITHUB_ORG" \
  --repository="fleet-infra" \
  --branch=main \
  --path=clusters/production
