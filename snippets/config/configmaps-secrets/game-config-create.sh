$ kubectl apply -f game-config.yaml
configmap/game-config created
$ kubectl get configmap game-config -o jsonpath='{.data.game\.properties}'
enemies=aliens
enemies.cheat=false
max.players=4
