# Everything a maintainer or CI runs. `make serve` and `make test` are the two commands in the README;
# both create .venv and install the locked packages (with hashes) on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# Edition in the names of the downloads in dist/: the tag on this commit (a release), else the date
# and the commit. The release workflow sets VERSION to the pushed tag.
VERSION ?= $(shell git describe --tags --exact-match 2>/dev/null || echo "$$(date +%Y-%m-%d)-$$(git rev-parse --short HEAD 2>/dev/null || echo local)")

.PHONY: serve build check test status translated new-page lock offline pdf search-quality search-speed lighthouse benchmark clean

$(BIN)/.site-installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt
	touch $@

$(BIN)/.dev-installed: $(BIN)/.site-installed requirements-dev.txt
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.txt -r requirements-dev.txt
	touch $@

# Front-end packages from the npm registry, exact versions from package-lock.json (the offline
# search shim); npm ci writes node_modules/.package-lock.json.
node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

serve: $(BIN)/.site-installed ## Build and serve at http://127.0.0.1:8000, reloading on every save
	$(BIN)/mkdocs serve --livereload --dev-addr 127.0.0.1:8000

build: $(BIN)/.site-installed ## Strict build of both languages into site/
	$(BIN)/mkdocs build --strict --site-dir site

check: $(BIN)/.dev-installed ## Fast content checks, no browser
	$(BIN)/python scripts/check_content.py

test: $(BIN)/.dev-installed node_modules/.package-lock.json ## Every test, browser tests included
	$(BIN)/python -m pytest

status: $(BIN)/.dev-installed ## Which translations are missing, outdated or orphaned (PAGE=path for a diff)
	$(BIN)/python scripts/translation_status.py $(if $(PAGE),--diff $(PAGE))

translated: $(BIN)/.dev-installed ## After translating PAGE=path: record the source version it matches
	@test -n "$(PAGE)" || { echo "Say which page: make translated PAGE=why/index.md"; exit 2; }
	$(BIN)/python scripts/translation_status.py --stamp $(PAGE)

new-page: $(BIN)/.dev-installed ## Start a page in both languages (asks for section, slug and titles)
	$(BIN)/python scripts/new_page.py

lock: $(BIN)/.dev-installed ## Re-pin every package after editing requirements*.in
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links -o requirements-dev.txt requirements-dev.in

offline: $(BIN)/.site-installed node_modules/.package-lock.json ## The offline copy: dist/prirucnik-<version>-offline.zip
	$(BIN)/python scripts/build_offline.py --version $(VERSION)

search-quality: $(BIN)/.dev-installed node_modules/.package-lock.json ## Measure the search (queries, index size, speed), before and after
	$(BIN)/python scripts/search_quality.py $(if $(UPDATE_DOCS),--update-docs)

search-speed: $(BIN)/.dev-installed node_modules/.package-lock.json ## Time to the first search result on a phone, next to stock Material
	$(BIN)/python benchmarks/search_speed.py $(if $(UPDATE_DOCS),--update-docs)

pdf: $(BIN)/.dev-installed ## The printed handbook, one PDF per language: dist/prirucnik-<version>-<bs|en>.pdf
	$(BIN)/python scripts/build_pdf.py --version $(VERSION)

lighthouse: $(BIN)/.dev-installed ## Lighthouse (mobile) scores of each kind of page in both languages
	$(BIN)/python benchmarks/lighthouse.py

benchmark: $(BIN)/.dev-installed ## Page weight, and build time next to a bare Material build
	$(BIN)/python benchmarks/page_weight.py
	$(BIN)/python benchmarks/build_time.py

clean:
	rm -rf site dist
