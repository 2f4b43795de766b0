.venv/bin/python -m handbook practice exam --exam ckad --minutes 60
.venv/bin/python -m handbook practice exam --status     # the time left ("time is up" after the end) and the tasks
.venv/bin/python -m handbook practice exam --grade      # a score per domain and the sections to re-read
