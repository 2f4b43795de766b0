kubectl run one-shot --image=busybox:1.36 --restart=Never -- date
