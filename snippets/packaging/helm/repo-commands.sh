helm repo add podinfo https://stefanprodan.github.io/podinfo
helm repo list
helm repo update                            # refresh the cached index of every repository
helm search repo podinfo                    # charts whose name or description matches
helm search repo podinfo/podinfo --versions # every version of one chart
helm show values podinfo/podinfo            # its defaults, before you install
helm install frontend podinfo/podinfo --version CHART_VERSION -f my-values.yaml
helm pull podinfo/podinfo --untar           # download and unpack the chart to read it
helm repo remove podinfo
