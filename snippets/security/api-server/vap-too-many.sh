kubectl create deployment too-big --image=nginx:1.27 --replicas=8
