helm repo add bitnami https://charts.bitnami.com/bitnami
helm repo list
helm repo update                          # refresh the cached index of every repository
helm search repo nginx                    # charts whose name or description matches
helm search repo bitnami/nginx --versions # every version of one chart
helm show values bitnami/nginx            # its defaults, before you install
helm install web-server bitnami/nginx --version 1.2.3 -f my-values.yaml
helm pull bitnami/nginx --untar           # download and unpack the chart to read it
helm repo remove bitnami
