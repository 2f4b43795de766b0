kubectl set image deployment/web nginx=nginx:1.27    # CONTAINER_NAME=IMAGE
kubectl set env deployment/web MODE=debug
kubectl set resources deployment/web -c nginx --requests=cpu=100m,memory=64Mi
kubectl edit deployment web                         # any field, in your editor
kubectl apply -f web-deployment.yaml                # after changing the file
