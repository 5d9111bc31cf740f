# Two entry points, both creating .venv in the project root when it is missing:
#   make run   - set up, then answer questions typed on stdin (console mode, no Discord token needed)
#   make test  - set up with test extras, lint, then run the whole test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup setup-test run test lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# torch first and pinned: pip then takes the CPU build on this machine's disk, never a CUDA one.
setup: $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e .

setup-test: $(BIN)/python
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'

run: setup
	$(BIN)/python bot.py --console

lint: setup-test
	$(BIN)/ruff check .

test: lint
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python benchmarks/latency.py

clean:
	rm -rf $(VENV) .index .pytest_cache .ruff_cache
