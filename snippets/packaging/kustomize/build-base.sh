$ kubectl kustomize base
apiVersion: v1
data:
  LOG_LEVEL: info
kind: ConfigMap
metadata:
  labels:
    app.kubernetes.io/name: web
  name: web-config-hf678c7m2b
---
apiVersion: v1
kind: Service
metadata:
  labels:
    app.kubernetes.io/name: web
  name: web
spec:
  ports:
  - name: http
    port: 80
    targetPort: http
  selector:
    app: web
---
apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app.kubernetes.io/name: web
  name: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - envFrom:
        - configMapRef:
            name: web-config-hf678c7m2b
        image: nginx:1.27
        name: nginx
        ports:
        - containerPort: 80
          name: http
