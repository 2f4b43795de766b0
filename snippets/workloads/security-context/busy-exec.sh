kubectl exec -it busy -- sh
