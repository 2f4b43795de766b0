test -z "$(helm list -q --filter '^shop$')" && echo "no release named shop"
