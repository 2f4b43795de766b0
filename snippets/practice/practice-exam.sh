python -m handbook practice exam --exam ckad --minutes 60
python -m handbook practice exam --status     # the time left and the tasks
python -m handbook practice exam --grade      # grade everything now: a score per domain and what to re-read
