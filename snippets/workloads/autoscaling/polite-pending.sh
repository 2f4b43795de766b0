$ kubectl get pod polite -o jsonpath='{.status.conditions[?(@.type=="PodScheduled")].message}'
0/2 nodes are available: 2 node(s) didn't have free ports for the requested pod ports. preemption: not eligible due to preemptionPolicy=Never.
