kubectl certificate approve study-alice
kubectl wait csr/study-alice --for=jsonpath='{.status.certificate}' --timeout=60s
kubectl get csr study-alice -o jsonpath='{.status.certificate}' | base64 -d > alice.crt
