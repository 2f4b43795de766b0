SERVER=$(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')
NS=$(kubectl config view --minify -o jsonpath='{..namespace}')
kubectl config view --raw --minify --flatten \
  -o jsonpath='{.clusters[0].cluster.certificate-authority-data}' | base64 -d > cluster-ca.crt

kubectl config set-cluster study --kubeconfig=./alice.kubeconfig \
  --server="$SERVER" --certificate-authority=cluster-ca.crt --embed-certs=true
kubectl config set-credentials alice --kubeconfig=./alice.kubeconfig \
  --client-certificate=alice.crt --client-key=alice.key --embed-certs=true
kubectl config set-context alice@study --kubeconfig=./alice.kubeconfig \
  --cluster=study --user=alice --namespace="${NS:-default}"
kubectl config use-context alice@study --kubeconfig=./alice.kubeconfig
