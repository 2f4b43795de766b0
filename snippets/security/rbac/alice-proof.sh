$ kubectl auth whoami --kubeconfig=./alice.kubeconfig -o jsonpath='{.status.userInfo.username} {.status.userInfo.groups}{"\n"}'
alice ["developers","system:authenticated"]
$ for verb in list create; do echo "$verb pods: $(kubectl auth can-i "$verb" pods --kubeconfig=./alice.kubeconfig)"; done
list pods: yes
create pods: no
$ echo "list secrets: $(kubectl auth can-i list secrets --kubeconfig=./alice.kubeconfig)"
list secrets: no
