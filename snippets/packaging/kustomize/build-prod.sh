$ kubectl kustomize overlays/prod | grep -E '^  name:|namespace:|replicas:|image:|containerPort:|memory:'
  name: web-config-prod-hf678c7m2b
  namespace: web-prod
  name: web-credentials-prod-cbdk8c6c2d
  namespace: web-prod
  name: web-prod
  namespace: web-prod
  name: web-prod
  namespace: web-prod
  replicas: 3
        image: nginxinc/nginx-unprivileged:1.27
        - containerPort: 8080
            memory: 256Mi
            memory: 128Mi
