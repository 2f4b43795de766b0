$ kubectl exec whoami -- printenv POD_NAME TEAM
whoami
blue
$ kubectl exec whoami -- cat /etc/meta/labels
team="blue"
