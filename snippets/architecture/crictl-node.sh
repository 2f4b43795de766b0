# On a node (needs root and /etc/crictl.yaml pointing at the runtime socket)
sudo crictl pods          # pod sandboxes known to the runtime
sudo crictl ps            # running containers
sudo crictl images        # images in the runtime's store
