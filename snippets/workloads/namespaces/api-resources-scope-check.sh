$ kubectl api-resources --namespaced=false -o name | grep -x -e namespaces -e nodes -e persistentvolumes
namespaces
nodes
persistentvolumes
