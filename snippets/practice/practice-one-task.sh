.venv/bin/python -m handbook practice start orders-strategy      # its namespace and starting state; prints the task
kubectl -n practice-orders-strategy get all
# ... solve it ...
.venv/bin/python -m handbook practice check orders-strategy      # PASS or FAIL per criterion; exit status 0 when all pass
.venv/bin/python -m handbook practice solution orders-strategy   # the page's solution
.venv/bin/python -m handbook practice reset orders-strategy      # delete what the task created, to try again
