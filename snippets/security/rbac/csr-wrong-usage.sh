cat <<EOF | kubectl apply -f -
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: study-alice-server
spec:
  request: $(base64 < alice.csr | tr -d '\n')
  signerName: kubernetes.io/kube-apiserver-client
  usages:
    - server auth
EOF
kubectl certificate approve study-alice-server
kubectl wait csr/study-alice-server --for=condition=Failed --timeout=60s
