kubectl apply -f apparmor-annotation.yaml
