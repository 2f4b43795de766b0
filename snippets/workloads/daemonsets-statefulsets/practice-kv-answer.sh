echo kv-1.kv.prod.svc.cluster.local > answer.txt
