$ helm lint ./web
==> Linting ./web
[INFO] Chart.yaml: icon is recommended

1 chart(s) linted, 0 chart(s) failed
