# Two commands: `make run` and `make test`. Everything else is what they need.
PYTHON ?= python3
VENV   ?= .venv
HOST   ?= localhost
PORT   ?= 8501
BIN    := $(VENV)/bin

.PHONY: run test check e2e lint validate bench chromium nginx clean constraints mutants messages

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# constraints.txt pins every package at the version the app was last tested with; `make
# constraints` rewrites it from the test environment after an upgrade has passed `make test`.
$(VENV)/.installed: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@ $(VENV)/.installed

constraints: $(VENV)/.installed-test ## pin what the tests just passed with
	$(BIN)/pip freeze --exclude-editable | grep -v '^kizuna' > constraints.txt

run: $(VENV)/.installed ## set up and start the dashboard on http://$(HOST):$(PORT)
	$(BIN)/python -m kizuna.serve --server.address $(HOST) --server.port $(PORT)

chromium: ## a Chromium for browser tests and chart export (Debian's package)
	@bash scripts/ensure-chromium.sh

nginx: ## an nginx for the replica test, tests/e2e/test_replicas.py (Debian's package)
	@bash scripts/ensure-nginx.sh

messages: $(VENV)/.installed-test ## extract the interface text into the catalogs (docs/i18n.md)
	$(BIN)/python scripts/messages.py

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

validate: $(VENV)/.installed
	$(BIN)/python -m kizuna.validate data

test: $(VENV)/.installed-test chromium nginx lint validate ## set up everything and run every test
	$(BIN)/python -m pytest

check: $(VENV)/.installed-test lint validate ## ruff, the validator and the tests without a browser
	$(BIN)/python -m pytest -m "not browser and not concurrency"

e2e: $(VENV)/.installed-test chromium nginx ## the browser tests alone
	$(BIN)/python -m pytest -m "browser or concurrency"

# mutmut copies the package, tests/, data/ and static/ into mutants/ and runs only the fast unit
# tests of the modules mutated (pyproject.toml [tool.mutmut]); tests/equivalent_mutants.md
# lists the survivors judged equivalent. A second run reuses mutants/; `rm -rf mutants` to restart.
mutants: $(VENV)/.installed-test ## mutation testing of analysis, measures, rules, load/typed, brief/_text
	@$(BIN)/python -c "import mutmut" 2>/dev/null || \
		$(BIN)/pip install --quiet -c constraints.txt -e '.[test,mutants]'
	KIZUNA_DATA_DIR=$(CURDIR)/data $(BIN)/mutmut run --max-children 2
	@$(BIN)/mutmut results --all true | $(BIN)/python scripts/mutation_report.py

bench: $(VENV)/.installed-test chromium ## benchmark against a bare Streamlit app
	$(BIN)/python bench/run.py
	$(BIN)/python bench/exports.py bench/results.md
	$(BIN)/python bench/brief.py bench/results.md
	$(BIN)/python bench/load.py bench/results.md
	$(BIN)/python bench/load.py bench/results.md --popular 20
	$(BIN)/python bench/cold.py bench/results.md
	$(BIN)/python bench/limited.py bench/results.md

clean:
	rm -rf $(VENV) .pytest_cache artifacts
