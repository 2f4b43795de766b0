kubectl get pod nvme-pod -o jsonpath='{.spec.nodeSelector}{"\n"}'
kubectl get nodes -L disktype        # an extra column with each node's disktype label
kubectl get nodes --show-labels
