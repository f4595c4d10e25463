# Two commands for a newcomer: `make run` (dashboard on the bundled data) and `make test`.
PYTHON ?= python3
# The store of the bundled sample, built by the first `make run` (ignored by git).
STORE  ?= data/sample.duckdb
VENV   ?= .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test lint typecheck pytest explore bench clean setup setup-test chromium

run: $(VENV)/.installed
	@[ -f $(STORE) ] || $(BIN)/timeline ingest data/ --store $(STORE)
	TIMELINE_STORE=$(STORE) $(BIN)/streamlit run app.py

test: $(VENV)/.installed-test chromium lint typecheck pytest

setup: $(VENV)/.installed
setup-test: $(VENV)/.installed-test

$(VENV)/bin/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Timeline needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[test,train]'
	@touch $@ $(VENV)/.installed

# The browser test drives Debian's Chromium (Playwright's own browser download is not used).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "Installing Debian's chromium for the browser test"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

# one worker per core, at most four (pytest-xdist); `pytest -q tests/test_x.py` runs serially
pytest: $(VENV)/.installed-test
	$(BIN)/pytest -q -n auto --maxprocesses 4

# the property tests with fresh random examples, ten runs (make test draws a fixed set)
explore: $(VENV)/.installed-test
	for run in 1 2 3 4 5 6 7 8 9 10; do \
	  TIMELINE_HYPOTHESIS=explore $(BIN)/pytest -q -p no:cacheprovider \
	    $$(grep -l '^from hypothesis' tests/*.py) || exit 1; \
	done

bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_temporal.py
	$(BIN)/python benchmarks/bench_actors.py
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_outlets.py
	$(BIN)/python benchmarks/bench_actor_forms.py
	$(BIN)/python benchmarks/bench_date_kinds.py
	$(BIN)/python benchmarks/bench_furniture_forms.py
	$(BIN)/python benchmarks/bench_command.py
	$(BIN)/python benchmarks/bench_scale.py
	$(BIN)/python benchmarks/bench_bad_inputs.py
	$(BIN)/python benchmarks/bench_store.py
	$(BIN)/python benchmarks/bench_dashboard_store.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
