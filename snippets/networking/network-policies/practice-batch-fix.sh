kubectl apply -f batch-no-egress.yaml   # the colleague's policy, as found
kubectl patch networkpolicy batch-no-egress --type=merge \
  -p '{"spec":{"policyTypes":["Egress"]}}'
kubectl get networkpolicy batch-no-egress -o jsonpath='{.spec.policyTypes}{"\n"}'
