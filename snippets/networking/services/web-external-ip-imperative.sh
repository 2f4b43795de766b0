kubectl expose deployment nginx --name=web-external --port=80 \
  --external-ip=198.51.100.20 --dry-run=client -o yaml

# The same for a single pod:
kubectl expose pod POD_NAME --port=80 --name=SERVICE_NAME --external-ip=EXTERNAL_IP \
  --dry-run=client -o yaml
