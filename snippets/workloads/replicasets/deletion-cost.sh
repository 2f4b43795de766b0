kubectl annotate pod POD_NAME controller.kubernetes.io/pod-deletion-cost=-100
