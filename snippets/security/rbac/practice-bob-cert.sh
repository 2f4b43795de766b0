openssl genrsa -out bob.key 2048
openssl req -new -key bob.key -subj "/CN=bob/O=qa" -out bob.csr
cat <<EOF | kubectl apply -f -
apiVersion: certificates.k8s.io/v1
kind: CertificateSigningRequest
metadata:
  name: study-bob
spec:
  request: $(base64 < bob.csr | tr -d '\n')
  signerName: kubernetes.io/kube-apiserver-client
  expirationSeconds: 3600
  usages:
    - client auth
EOF
kubectl certificate approve study-bob
kubectl wait csr/study-bob --for=jsonpath='{.status.certificate}' --timeout=60s
kubectl get csr study-bob -o jsonpath='{.status.certificate}' | base64 -d > bob.crt
kubectl delete csr study-bob
