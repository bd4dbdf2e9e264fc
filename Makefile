# jixiao: two commands for a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.installed-bench

.PHONY: install system-deps demo serve test test-slow bench fuzz screenshots clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

# docxtpl (the batch benchmark's baseline) is installed only when `make bench` needs it.
$(BENCH_STAMP): $(STAMP)
	$(BIN)/pip install -q -e '.[test,bench]'
	touch $(BENCH_STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/jixiao generate examples/*.yaml -o out/ --format md,docx,json
	$(BIN)/jixiao generate examples/forms/*.yaml -o out/forms/ --format md,docx,xlsx
	@echo "示例报告已写入 out/（每个单位一份 .md、.docx、.json）；自评表示例已写入 out/forms/（.xlsx，以及附自评表的 .docx）"

# serve: the web app on this PC only (http://localhost:8000/); see the README for an intranet server.
serve: $(STAMP)
	$(BIN)/jixiao serve

system-deps:
	bash .ci/system-deps

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -n 2

test-slow: $(STAMP) system-deps
	JIXIAO_HYPOTHESIS_PROFILE=slow $(BIN)/python -m pytest -n 2

bench: $(BENCH_STAMP)
	$(BIN)/python benchmarks/batch.py
	$(BIN)/python benchmarks/batch_stages.py
	$(BIN)/python benchmarks/docx_writer.py
	$(BIN)/python benchmarks/check.py
	$(BIN)/python benchmarks/check_scaling.py
	$(BIN)/python benchmarks/batch_stop.py
	$(BIN)/python benchmarks/web.py
	$(BIN)/python benchmarks/repetition.py

# screenshots: refresh docs/screenshots/*.png (the README shows them) from the browser tests;
# a plain `make test` writes its screenshots to a temporary folder and changes nothing in the checkout.
screenshots: $(STAMP) system-deps
	JIXIAO_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -p no:xdist tests/web/test_browser.py

# fuzz: many more hypothesis examples over the loader, number layer, reader and checker;
# the last line reports how many cases were actually tried.
fuzz: $(STAMP)
	JIXIAO_HYPOTHESIS_PROFILE=fuzz JIXIAO_FUZZ_COUNTS=.fuzz-counts.json $(BIN)/python -m pytest tests/fuzz -q
	@$(BIN)/python -c "import json; d = json.load(open('.fuzz-counts.json')); print('fuzz: %d cases tried (%s)' % (d['total'], ', '.join('%s %d' % kv for kv in sorted(d['counts'].items()))))"

clean:
	rm -rf out/ .fuzz-counts.json .pytest_cache build dist *.egg-info
