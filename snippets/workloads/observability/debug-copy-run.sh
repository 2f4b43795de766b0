kubectl debug probe-demo --copy-to=probe-demo-copy --container=web -- sleep 3600
