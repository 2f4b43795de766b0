$ kubectl kustomize overlays/nginx-1-28 | grep 'image:'
        image: nginx:1.28
