sudo apparmor_parser -q /etc/apparmor.d/k8s-deny-write   # load (-r replaces it after an edit)
sudo aa-status | grep k8s-deny-write                       # listed in enforce mode
