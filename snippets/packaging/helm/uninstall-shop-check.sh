$ helm list -q --filter '^shop$'
