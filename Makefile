# Everything a newcomer needs: `make serve` (or `make site`) and `make test`. Each target installs what it uses.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell sha256sum requirements.lock | cut -c1-16)

.PHONY: setup setup-test serve site pdf test test-fast snippets check practice cluster-build cluster-up cluster-down bench bench-node lighthouse clean

$(STAMP): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	rm -f $(VENV)/.installed-* && touch $@

setup: $(STAMP)
	$(PY) -c "from handbook.tools import go_tool; go_tool('kubeconform')"

serve: setup
	$(VENV)/bin/mkdocs serve --strict -a 127.0.0.1:8000

site: setup
	$(VENV)/bin/mkdocs build --strict

# The printable PDF and the offline zip, into site/downloads (Debian's chromium prints the PDF).
pdf: site
	npm ci --no-audit --no-fund --loglevel=error
	command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	$(PY) -m handbook downloads --site site

# Browser (Debian's chromium), npm packages (axe-core, lighthouse), Go tools and the control plane.
setup-test: setup
	command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	command -v openssl >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl >/dev/null; }
	npm ci --no-audit --no-fund --loglevel=error
	$(PY) -c "from handbook.tools import go_tool; [go_tool(t) for t in ('kubeconform', 'kwok', 'actionlint', 'helm')]"
	$(PY) -m handbook cluster build

# The whole suite: site, snippets on every rung, cluster, browser, contributor path.
test: export HANDBOOK_VERIFY_SNIPPETS = 1
test: setup-test
	$(PY) -m handbook cluster up
	set -o pipefail; status=0; $(PY) -m pytest $(PYTEST_ARGS) || status=$$?; $(PY) -m handbook cluster down; exit $$status

# A contributor's quick loop, without building the control plane: extraction, parse, lint and schema of every
# snippet, the check engine on foreign input, the strict site build and its links.
test-fast: setup
	$(PY) -m pytest -m "not cluster and not browser and not kubectl and not gomod and not slow" $(PYTEST_ARGS)

snippets: $(STAMP)
	$(PY) -m handbook snippets

check: setup
	$(PY) -m handbook check $(or $(PAGES),docs)

# Practice tasks graded on the cluster in KUBECONFIG (else the local one): make practice ARGS="start orders-strategy"
practice: $(STAMP)
	$(PY) -m handbook practice $(or $(ARGS),list)

cluster-build: setup
	$(PY) -m handbook cluster build

cluster-up: cluster-build
	$(PY) -m handbook cluster up

cluster-down:
	$(PY) -m handbook cluster down

bench: setup-test
	$(PY) benchmarks/bench_checks.py

# Restarts the local cluster, then runs every page twice (one at a time, then side by side): about 15 minutes.
bench-node: setup-test
	$(PY) benchmarks/bench_node.py $(ARGS)

# ARGS="--baseline main" measures the site of another revision beside this one, run by run.
lighthouse: setup-test
	$(PY) benchmarks/lighthouse.py $(ARGS)

clean:
	rm -rf site .cache/checks
