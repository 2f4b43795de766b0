SERVER=$(kubectl config view --minify -o jsonpath='{.clusters[0].cluster.server}')
NS=$(kubectl config view --minify -o jsonpath='{..namespace}')
kubectl config view --raw --minify --flatten \
  -o jsonpath='{.clusters[0].cluster.certificate-authority-data}' | base64 -d > cluster-ca.crt
kubectl config set-cluster study --kubeconfig=./bob.kubeconfig \
  --server="$SERVER" --certificate-authority=cluster-ca.crt --embed-certs=true
kubectl config set-credentials bob --kubeconfig=./bob.kubeconfig \
  --client-certificate=bob.crt --client-key=bob.key --embed-certs=true
kubectl config set-context bob@study --kubeconfig=./bob.kubeconfig \
  --cluster=study --user=bob --namespace="${NS:-default}"
kubectl config use-context bob@study --kubeconfig=./bob.kubeconfig

kubectl create rolebinding qa-view --clusterrole=view --group=qa
kubectl auth can-i list pods --kubeconfig=./bob.kubeconfig
