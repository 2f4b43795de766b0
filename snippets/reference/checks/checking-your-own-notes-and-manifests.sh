python -m handbook check ~/notes ~/manifests/app.yaml
