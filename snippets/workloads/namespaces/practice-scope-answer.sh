printf 'persistentvolumeclaims: namespaced\nstorageclasses: cluster-scoped\n' > answer.txt
