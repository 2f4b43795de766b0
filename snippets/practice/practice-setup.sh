python3 -m venv .venv
.venv/bin/pip install --require-hashes -r requirements.lock
kind create cluster
export KUBECONFIG=~/.kube/config
.venv/bin/python -m handbook practice list   # every task, its page, its exams and an estimate in minutes
