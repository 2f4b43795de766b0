kubectl create deployment frontend-deploy --image=nginx:1.27 --replicas=3 --port=80
