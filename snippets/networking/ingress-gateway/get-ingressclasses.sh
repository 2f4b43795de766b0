kubectl get ingressclass      # NAME, CONTROLLER, PARAMETERS
kubectl describe ingressclass nginx
