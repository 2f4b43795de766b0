$ echo spec.preemptionPolicy > answer.txt
$ kubectl explain "pod.$(cat answer.txt)" | grep -E '^(KIND|FIELD):'
KIND:       Pod
FIELD: preemptionPolicy <string>
