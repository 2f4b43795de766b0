trivy image nginx:1.27                                  # every finding, grouped by package
trivy image --severity HIGH,CRITICAL nginx:1.27         # only the serious ones
trivy image --severity CRITICAL --exit-code 1 nginx:1.27  # exit code 1 if any: fails a CI job
trivy image --ignore-unfixed nginx:1.27                 # hide findings that have no fix yet
