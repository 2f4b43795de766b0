$ helm template preview ./web --set replicaCount=2 --set resources.limits.memory=128Mi --show-only templates/deployment.yaml
---
# Source: web/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: preview-web
  labels:
    app.kubernetes.io/name: web
    app.kubernetes.io/instance: preview
    helm.sh/chart: web-0.1.0
spec:
  replicas: 2
  selector:
    matchLabels:
      app.kubernetes.io/name: web
      app.kubernetes.io/instance: preview
  template:
    metadata:
      labels:
        app.kubernetes.io/name: web
        app.kubernetes.io/instance: preview
    spec:
      containers:
        - name: nginx
          image: "nginx:1.27"
          ports:
            - name: http
              containerPort: 80
          resources:
            limits:
              memory: 128Mi
