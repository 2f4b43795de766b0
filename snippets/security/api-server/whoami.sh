$ kubectl auth whoami -o jsonpath='{.status.userInfo.username}'
kubernetes-admin
