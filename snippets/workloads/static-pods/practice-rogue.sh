kubectl get pod rogue-node01 -o jsonpath='{.metadata.ownerReferences[0].kind}'
ssh node01 grep staticPodPath /var/lib/kubelet/config.yaml
ssh node01 sudo grep -l 'name: rogue' -r /etc/kubernetes/manifests/
ssh node01 sudo rm /etc/kubernetes/manifests/rogue.yaml
kubectl wait --for=delete pod/rogue-node01 --timeout=120s
