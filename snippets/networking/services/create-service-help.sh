kubectl create service clusterip --help
kubectl create service nodeport --help
kubectl create service loadbalancer --help
kubectl create service externalname --help
