$ kubectl apply -f report-viewer.yaml
pod/report-viewer created
$ kubectl wait --for=condition=Ready pod/report-viewer --timeout=60s
pod/report-viewer condition met
