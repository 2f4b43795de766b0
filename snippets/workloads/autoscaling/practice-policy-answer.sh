echo spec.preemptionPolicy > answer.txt
