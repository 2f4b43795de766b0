python -m handbook practice start orders-strategy      # its namespace and starting state; prints the task
kubectl config set-context --current --namespace=practice-orders-strategy
# ... solve it ...
python -m handbook practice check orders-strategy      # PASS or FAIL per criterion; exit status 0 when all pass
python -m handbook practice solution orders-strategy   # the page's solution
python -m handbook practice reset orders-strategy      # delete what the task created, to try again
