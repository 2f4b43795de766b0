$ kubectl get hpa reports -o jsonpath='{.spec.behavior.scaleDown.stabilizationWindowSeconds} {.spec.behavior.scaleUp.stabilizationWindowSeconds} {.spec.behavior.scaleUp.selectPolicy}'
600 0 Max
