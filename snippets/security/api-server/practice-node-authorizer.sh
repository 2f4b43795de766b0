$ kubectl auth can-i get node/node01 --as=system:node:node01 --as-group=system:nodes
yes
Warning: resource 'nodes' is not namespace scoped
$ ! kubectl auth can-i get node/node02 --as=system:node:node01 --as-group=system:nodes
no - node: node 'node01' cannot read 'node02', only its own Node object
Warning: resource 'nodes' is not namespace scoped
