kubectl exec POD_NAME -- cat /etc/resolv.conf      # one command, output to your terminal
kubectl exec -it POD_NAME -- sh                    # an interactive shell (-i stdin, -t terminal)
kubectl exec -it POD_NAME -c CONTAINER_NAME -- sh  # a specific container
kubectl exec deploy/DEPLOYMENT_NAME -- env         # any one pod of the Deployment
