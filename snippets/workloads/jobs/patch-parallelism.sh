kubectl patch job JOB_NAME --type=merge -p '{"spec":{"parallelism":3}}'
