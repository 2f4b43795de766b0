$ kubectl kustomize overlays/prod | grep -E 'image:|namespace:' | sort -u
        image: nginxinc/nginx-unprivileged:1.27
  namespace: web-prod
