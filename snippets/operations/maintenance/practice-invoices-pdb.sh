kubectl create deployment invoices --image=nginx:1.27 --replicas=4
kubectl create pdb invoices-pdb --selector=app=invoices --max-unavailable=1
kubectl rollout status deployment/invoices --timeout=120s
kubectl wait --for=jsonpath='{.status.disruptionsAllowed}'=1 pdb/invoices-pdb --timeout=60s
kubectl get pdb invoices-pdb -o jsonpath='{.spec.maxUnavailable} {.status.currentHealthy} {.status.disruptionsAllowed}{"\n"}'
