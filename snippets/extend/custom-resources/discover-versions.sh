kubectl api-versions | grep batch                     # versions of one group
kubectl api-resources --api-group=batch               # its kinds, and the preferred version
kubectl explain cronjob --api-version=batch/v1        # the schema of one version
kubectl explain cronjob.spec.timeZone --api-version=batch/v1
