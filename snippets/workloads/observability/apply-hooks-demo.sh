kubectl apply -f hooks-demo.yaml
kubectl get pod hooks-demo -o jsonpath='{.spec.containers[0].lifecycle.preStop.exec.command}{"\n"}'
