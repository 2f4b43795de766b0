$ kubectl patch configmap frozen-config -p '{"data":{"release":"2024.11"}}'
The ConfigMap "frozen-config" is invalid: data: Forbidden: field is immutable when `immutable` is set
