$ kubectl wait --for=jsonpath='{.status.phase}'=Available pv/pvdemo-task-files --timeout=60s
persistentvolume/pvdemo-task-files condition met
