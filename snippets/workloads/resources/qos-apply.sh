kubectl apply -f qos-guaranteed.yaml -f qos-burstable.yaml -f qos-besteffort.yaml
