$ kubectl api-resources
NAME          SHORTNAMES   APIVERSION             NAMESPACED   KIND
configmaps    cm           v1                     true         ConfigMap
namespaces    ns           v1                     false        Namespace
nodes         no           v1                     false        Node
pods          po           v1                     true         Pod
services      svc          v1                     true         Service
deployments   deploy       apps/v1                true         Deployment
replicasets   rs           apps/v1                true         ReplicaSet
cronjobs      cj           batch/v1               true         CronJob
ingresses     ing          networking.k8s.io/v1   true         Ingress
...
