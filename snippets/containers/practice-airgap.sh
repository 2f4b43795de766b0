docker image pull nginx:1.27
docker image save -o nginx-1.27.tar nginx:1.27
scp nginx-1.27.tar "USER@NODE_NAME:/tmp/"
ssh "USER@NODE_NAME" sudo ctr --namespace k8s.io images import /tmp/nginx-1.27.tar
ssh "USER@NODE_NAME" sudo crictl inspecti docker.io/library/nginx:1.27
