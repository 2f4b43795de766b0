kubectl debug -it POD_NAME --image=busybox:1.36 --target=CONTAINER_NAME
# inside the debug container:
#   ps                      the target's processes, with PID 1 being its entrypoint
#   ls /proc/1/root/        the target container's file system
#   wget -qO- localhost:80  the pod's own ports
