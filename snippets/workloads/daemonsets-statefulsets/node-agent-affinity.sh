kubectl get pods -l app=node-agent -o jsonpath='{.items[0].spec.affinity.nodeAffinity}'
# {"requiredDuringSchedulingIgnoredDuringExecution":{"nodeSelectorTerms":
#   [{"matchFields":[{"key":"metadata.name","operator":"In","values":["NODE_NAME"]}]}]}}
