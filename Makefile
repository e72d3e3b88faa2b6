# Everything a maintainer or CI runs. `make serve` and `make test` are the two commands in the README;
# both create .venv and install the locked packages (with hashes) on first use.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
export NO_MKDOCS_2_WARNING := 1
# The program that builds the site: mkdocs (MkDocs 1.6.1, the last 1.x release) or properdocs (ProperDocs,
# a community fork of MkDocs 1.6.1; the tests check on every run that it builds the same site). If
# MkDocs 1.6.1 stops working, change this one line to properdocs: serve, build, offline, pdf, the
# tests and the benchmarks all build with it (scripts/site_generator.py reads it from the
# environment). Once for a single command: `make build SITE_GENERATOR=properdocs`.
# See docs/en/contributing/dependencies.md.
SITE_GENERATOR ?= mkdocs
export SITE_GENERATOR
ifeq ($(filter $(SITE_GENERATOR),mkdocs properdocs),)
$(error SITE_GENERATOR=$(SITE_GENERATOR) is not a site generator this project knows: use mkdocs or properdocs)
endif
# ProperDocs is pinned in the dev lock (requirements-dev.in): building with it installs that lock too.
GENERATOR_INSTALLED := $(if $(filter mkdocs,$(SITE_GENERATOR)),$(BIN)/.site-installed,$(BIN)/.dev-installed)
# Edition in the names of the downloads in dist/: the tag on this commit (a release), else the date
# and the commit. The release workflow sets VERSION to the pushed tag.
VERSION ?= $(shell git describe --tags --exact-match 2>/dev/null || echo "$$(date +%Y-%m-%d)-$$(git rev-parse --short HEAD 2>/dev/null || echo local)")

.PHONY: serve build check test status translated new-page lock downloads offline pdf slides search-quality search-speed lighthouse benchmark clean

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

serve: $(GENERATOR_INSTALLED) ## Build and serve at http://127.0.0.1:8000, reloading on every save
	$(BIN)/$(SITE_GENERATOR) serve -f mkdocs.yml --livereload --dev-addr 127.0.0.1:8000

build: $(GENERATOR_INSTALLED) ## Strict build of both languages into site/
	$(BIN)/$(SITE_GENERATOR) build -f mkdocs.yml --strict --site-dir site

check: $(BIN)/.dev-installed ## Fast content checks, no browser
	$(BIN)/python scripts/check_content.py

test: $(BIN)/.dev-installed node_modules/.package-lock.json ## Every test, browser tests included
	$(BIN)/python -m pytest

status: $(BIN)/.dev-installed ## Which translations are missing, outdated or orphaned (PAGE=path for a diff)
	$(BIN)/python scripts/translation_status.py $(if $(PAGE),--diff $(PAGE))

translated: $(BIN)/.dev-installed ## After translating PAGE=path: record the source version it matches
	@test -n "$(PAGE)" || { echo "Say which page: make translated PAGE=why/index.md"; exit 2; }
	$(BIN)/python scripts/translation_status.py --stamp $(PAGE)

# In a terminal it asks; otherwise: make new-page SECTION=... SLUG=... KIND=... TITLE_BS="..." TITLE_EN="..." [FIRST=en]
# (variables given to make reach the script in its environment, quotes and all).
new-page: $(BIN)/.dev-installed ## Start a page in both languages (asks for section, file name, kind and titles)
	$(BIN)/python scripts/new_page.py --from-make

lock: $(BIN)/.dev-installed ## Re-pin every package after editing requirements*.in
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links -o requirements.txt requirements.in
	$(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe --no-emit-index-url --no-emit-find-links -o requirements-dev.txt requirements-dev.in

downloads: $(BIN)/.dev-installed ## Template files (Word, LibreOffice, Excel; Latin, Cyrillic, English) into dist/templates/
	$(BIN)/python scripts/build_downloads.py

offline: $(GENERATOR_INSTALLED) $(BIN)/.dev-installed node_modules/.package-lock.json ## The offline copy (template downloads and the trainer's kit included): dist/prirucnik-<version>-offline.zip
	$(BIN)/python scripts/build_offline.py --version $(VERSION)

# Marp CLI (npm) and a Chromium draw the decks; WeasyPrint (dev lock) the handouts' PDFs.
slides: $(BIN)/.dev-installed node_modules/.package-lock.json ## The trainer's kit: decks (HTML, PDF, PPTX), handouts, questionnaire PDFs into build/kit/
	$(BIN)/python scripts/build_kit.py

search-quality: $(BIN)/.dev-installed node_modules/.package-lock.json ## Measure the search (queries, index size, speed), before and after
	$(BIN)/python scripts/search_quality.py $(if $(UPDATE_DOCS),--update-docs)

search-speed: $(BIN)/.dev-installed node_modules/.package-lock.json ## Time to the first search result on a phone, next to stock Material
	$(BIN)/python benchmarks/search_speed.py $(if $(UPDATE_DOCS),--update-docs)

pdf: $(BIN)/.dev-installed ## The printed handbook, one PDF per language: dist/prirucnik-<version>-<bs|en>.pdf
	$(BIN)/python scripts/build_pdf.py --version $(VERSION)

lighthouse: $(BIN)/.dev-installed ## Lighthouse (mobile) scores of each kind of page in both languages
	$(BIN)/python benchmarks/lighthouse.py

benchmark: $(BIN)/.dev-installed ## Page weight, build time next to a bare Material build, `make check`'s time, template downloads
	$(BIN)/python benchmarks/check_time.py
	$(BIN)/python benchmarks/page_weight.py
	$(BIN)/python benchmarks/build_time.py
	$(BIN)/python benchmarks/downloads.py

clean:
	rm -rf site dist build
