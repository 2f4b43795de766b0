kubectl exec -it tools -- sh
