# Coursebook — two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

TS     := $(wildcard assets/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test bench bundle selfcheck validate screenshots clean translations

$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e '.[dev,bundle]'
	@$(PY) -m compileall -q app coursebook
	@touch $(STAMP)

# Interface translations: the .ts files are kept in git, the .qm files are built from them.
$(QM): %.qm: %.ts $(STAMP)
	@$(PY) scripts/translations.py release $<

translations: $(STAMP)
	$(PY) scripts/translations.py update
	$(PY) scripts/translations.py check || true

run: $(STAMP) $(QM)
	@$(PY) -m app.qtcheck
	$(VENV)/bin/coursebook

test: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

validate: $(STAMP)
	$(VENV)/bin/coursebook validate

selfcheck: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/coursebook --self-check

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

bundle: $(STAMP) $(QM)
	$(PY) scripts/build_bundle.py

# The README's pictures, from real windows under Xvfb with a window manager (xvfb, openbox).
screenshots: $(STAMP) $(QM)
	scripts/xvfb_run.sh 1366x768 $(PY) scripts/screenshot.py docs
	scripts/xvfb_run.sh 1366x768 $(PY) scripts/screenshot_classroom.py docs
	scripts/xvfb_run.sh 1366x768 $(PY) scripts/screenshot_trainer.py docs
	scripts/xvfb_run.sh 1920x1080 $(PY) scripts/screenshot_trainer.py docs

clean:
	rm -rf build dist bench/_work .pytest_cache
