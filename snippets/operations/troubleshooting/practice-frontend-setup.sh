kubectl create deployment frontend --image=nginx:1.27-alpinee --replicas=2
