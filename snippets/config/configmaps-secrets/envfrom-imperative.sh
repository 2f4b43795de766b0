# kubectl set env writes one env entry with a keyRef per key, not envFrom:
kubectl set env deployment/DEPLOYMENT_NAME --from=configmap/web-config
kubectl set env deployment/DEPLOYMENT_NAME --from=secret/db-creds --prefix=DB_
