$ kubectl kustomize generators
apiVersion: v1
data:
  BANNER: Welcome
kind: ConfigMap
metadata:
  labels:
    app.kubernetes.io/part-of: shop
  name: shop-banner
---
apiVersion: v1
data:
  app.properties: |
    greeting=hello
    colour=blue
kind: ConfigMap
metadata:
  labels:
    app.kubernetes.io/part-of: shop
  name: shop-files-h59g2b4gtf
---
apiVersion: v1
data:
  DB_PASSWORD: Y2hhbmdlLW1l
  DB_USER: c2hvcA==
kind: Secret
metadata:
  labels:
    app.kubernetes.io/part-of: shop
  name: shop-db-btgkgf75tb
type: Opaque
