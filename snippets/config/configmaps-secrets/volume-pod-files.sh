$ kubectl wait --for=condition=Ready pod/volume-demo --timeout=60s
pod/volume-demo condition met
$ kubectl exec volume-demo -- ls -R /etc/creds
/etc/creds:
db
$ kubectl exec volume-demo -- stat -L -c '%a %U %n' /etc/creds/db/password.txt
400 root /etc/creds/db/password.txt
