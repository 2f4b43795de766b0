kubectl delete -f qos-guaranteed.yaml -f qos-burstable.yaml -f qos-besteffort.yaml --now
