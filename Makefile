# Everything a maintainer or CI runs. `make serve` and `make test` are the two commands in the README;
# both create .venv and install the locked packages (with hashes) on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build check test status translated new-page lock clean

$(BIN)/.site-installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	touch $@

$(BIN)/.dev-installed: $(BIN)/.site-installed requirements-dev.txt
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt -r requirements-dev.txt
	touch $@

serve: $(BIN)/.site-installed ## Build and serve at http://127.0.0.1:8000, reloading on every save
	$(BIN)/mkdocs serve --livereload --dev-addr 127.0.0.1:8000

build: $(BIN)/.site-installed ## Strict build of both languages into site/
	$(BIN)/mkdocs build --strict --site-dir site

check: $(BIN)/.dev-installed ## Fast content checks, no browser
	$(BIN)/python scripts/check_content.py

test: $(BIN)/.dev-installed ## Every test, browser tests included
	$(BIN)/python -m pytest

status: $(BIN)/.dev-installed ## Which translations are missing, outdated or orphaned (PAGE=path for a diff)
	$(BIN)/python scripts/translation_status.py $(if $(PAGE),--diff $(PAGE))

translated: $(BIN)/.dev-installed ## After translating PAGE=path: record the source version it matches
	$(BIN)/python scripts/translation_status.py --stamp $(PAGE)

new-page: $(BIN)/.dev-installed ## Start a page in both languages (asks for section, slug and titles)
	$(BIN)/python scripts/new_page.py

lock: $(BIN)/.dev-installed ## Re-pin every package after editing requirements*.in
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe -o requirements.txt requirements.in
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe -o requirements-dev.txt requirements-dev.in

clean:
	rm -rf site dist
