kubectl scale deployment within-limit --replicas=9
