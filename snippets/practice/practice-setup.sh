make setup
make cluster-up                        # or: kind create cluster
python -m handbook practice list       # every task, its page, its exams and an estimate in minutes
