# On a node
sudo crictl pods                 # one sandbox (pause) per pod, with its pod IP namespace
sudo crictl ps                   # application containers, each linked to a POD ID
sudo crictl inspectp POD_ID      # sandbox details, including the pod IP
