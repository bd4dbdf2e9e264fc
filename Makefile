# jixiao: two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test test-slow bench fuzz clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test,bench]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/jixiao generate examples/*.yaml -o out/ --format md,docx,json

test: $(STAMP)
	$(BIN)/python -m pytest -n 2

test-slow: $(STAMP)
	JIXIAO_HYPOTHESIS_PROFILE=slow $(BIN)/python -m pytest -n 2

# bench: benchmarks/check.py (the checker's benchmark) gets its own line below batch.py.
bench: $(STAMP)
	$(BIN)/python benchmarks/batch.py

clean:
	rm -rf out/ .pytest_cache build dist *.egg-info
