# The copy gets an extra debug container; all containers share one process namespace.
kubectl debug POD_NAME -it --image=busybox:1.36 --copy-to=POD_NAME-debug --share-processes

# Replace the command of a crashing container, so it stays up and you can look inside.
kubectl debug POD_NAME -it --copy-to=POD_NAME-debug --container=CONTAINER_NAME -- sh

# Same pod, different image for every container (or NAME=IMAGE for one).
kubectl debug POD_NAME --copy-to=POD_NAME-debug --set-image='*=busybox:1.36'
