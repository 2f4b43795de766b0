$ kubectl get secrets -l owner=helm,name=shop -o name
secret/sh.helm.release.v1.shop.v1
secret/sh.helm.release.v1.shop.v2
secret/sh.helm.release.v1.shop.v3
secret/sh.helm.release.v1.shop.v4
secret/sh.helm.release.v1.shop.v5
