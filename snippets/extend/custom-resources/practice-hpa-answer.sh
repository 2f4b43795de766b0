$ echo autoscaling/v2 > hpa-version.txt
$ kubectl explain hpa --api-version="$(cat hpa-version.txt)" | grep -E '^(GROUP|KIND|VERSION):'
GROUP:      autoscaling
KIND:       HorizontalPodAutoscaler
VERSION:    v2
