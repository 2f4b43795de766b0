$ kubectl get gadget old-gadget -o jsonpath='{.apiVersion}'
legacy.example.com/v1
