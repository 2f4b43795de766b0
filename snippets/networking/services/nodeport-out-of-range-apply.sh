$ kubectl apply -f web-nodeport-bad.yaml
The Service "web-nodeport-bad" is invalid: spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767
