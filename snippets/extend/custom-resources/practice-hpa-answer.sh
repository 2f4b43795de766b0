echo autoscaling/v2 > hpa-version.txt
