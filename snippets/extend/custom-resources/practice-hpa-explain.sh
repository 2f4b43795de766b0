kubectl explain hpa.spec.metrics --api-version=autoscaling/v2
