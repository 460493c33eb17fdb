# Coursebook — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run test bench bundle selfcheck validate screenshots clean

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev,bundle]'
	@$(PY) -m compileall -q app coursebook
	@touch $(STAMP)

run: $(STAMP)
	@$(PY) -m app.qtcheck
	$(VENV)/bin/coursebook

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

validate: $(STAMP)
	$(VENV)/bin/coursebook validate

selfcheck: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/coursebook --self-check

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

bundle: $(STAMP)
	$(PY) scripts/build_bundle.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py docs

clean:
	rm -rf build dist bench/_work .pytest_cache
