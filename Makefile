# The portal's commands. `make run` and `make test` do all the set-up they need.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
PYTEST_ARGS ?=
# When this make started: `make bench` keeps its whole run, set-up included, within a budget.
BENCH_STARTED_AT := $(shell date +%s)

.PHONY: run test services stop-services install messages lint format check bench relevance vendor browser-deps scaleout

# Certificates of publication are typeset in DejaVu (Debian's fonts-dejavu-core).
FONT_FILE := /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
# apt-get waits for another apt-get to finish rather than failing on its lock.
APT_WAIT := -o DPkg::Lock::Timeout=600

$(VENV)/.installed: pyproject.toml
	@test -f $(FONT_FILE) || { $(SUDO) apt-get $(APT_WAIT) update -qq && \
		$(SUDO) apt-get $(APT_WAIT) install -y -qq --no-install-recommends fonts-dejavu-core; } >&2
	@# Set-up talks on standard error: `make services` prints only the services' lines,
	@# which `export $$(make services)` reads, on a fresh clone too.
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) >&2
	@echo "[install] Python packages into $(VENV)" >&2
	@$(PY) -m pip install --quiet --upgrade pip >&2
	@PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(PY) -m pip install --quiet ".[test]" >&2
	@touch $@

install: $(VENV)/.installed

## Browser tests (tests/browser): Debian's Chromium (never a downloaded browser) and
## axe-core from npm (package-lock.json), each installed only when missing or outdated.
browser-deps:
	@# Only what is missing: Debian's npm conflicts with a Node.js that ships its own npm.
	@missing="$$(test -x /usr/bin/chromium || echo chromium) $$(command -v npm >/dev/null || echo npm)"; \
		if [ -n "$$(echo $$missing)" ]; then \
			$(SUDO) apt-get $(APT_WAIT) update -qq && $(SUDO) apt-get $(APT_WAIT) install -y -qq $$missing; fi
	@test -f node_modules/axe-core/axe.min.js -a node_modules/.package-lock.json -nt package-lock.json \
		|| npm ci --no-audit --no-fund

$(VENV)/.installed-bench: $(VENV)/.installed
	$(PY) -m pip install --quiet ".[test,bench]"
	@touch $@

$(VENV)/.installed-s3: $(VENV)/.installed
	$(PY) -m pip install --quiet ".[s3]"
	@touch $@

messages: install
	$(PY) manage.py compile_translations

## JavaScript libraries from npm (package.json), copied into static files (git-ignored).
VENDOR := activity/static/activity/vendor
$(VENDOR)/cytoscape.min.js: package-lock.json
	@test -x "$$(command -v npm)" || { $(SUDO) apt-get $(APT_WAIT) update -qq && $(SUDO) apt-get $(APT_WAIT) install -y -qq npm; }
	@test -f node_modules/cytoscape/dist/cytoscape.min.js -a node_modules/.package-lock.json -nt package-lock.json \
		|| npm ci --no-audit --no-fund
	@mkdir -p $(VENDOR)
	cp node_modules/cytoscape/dist/cytoscape.min.js $@

vendor: $(VENDOR)/cytoscape.min.js

## The portal with demo content on SQLite and the database search backend.
run: messages vendor
	$(PY) manage.py migrate --no-input --verbosity 0
	$(PY) manage.py load_demo
	WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) $(PY) manage.py ensure_dev_superuser
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

## Local PostgreSQL (and search engine) in .services/; prints lines for `eval`.
services: install
	@$(PY) -m tools.services start

stop-services:
	@$(PY) -m tools.services stop

lint: install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/djhtml --check templates
	$(VENV)/bin/lint-imports --no-cache

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djhtml templates

## The whole suite against the real services: on TEST_WORKERS processes (each with its own
## test database), then the modules marked `sqlite` again on SQLite (what `make run` uses),
## then, alone, the tests that stop a shared service (marker stops_services) or start search
## nodes of their own (starts_nodes).
## `--dist load` hands tests out in pytest-django's order, so that on each process the tests
## that flush the database (transactional ones) come after those that need its skeleton.
TEST_WORKERS ?= 2
test: messages vendor browser-deps lint
	@services="$$($(PY) -m tools.services start)" || exit 1; \
	env $$services $(PY) -m pytest -n $(TEST_WORKERS) --dist load -m "not stops_services and not starts_nodes" --durations=20 \
		$(PYTEST_ARGS) || exit 1; \
	env $$services DATABASE_URL=sqlite:///:memory: $(PY) -m pytest -n $(TEST_WORKERS) --dist load \
		-m "sqlite and not stops_services and not starts_nodes" --durations=20 $(PYTEST_ARGS) || exit 1; \
	env $$services $(PY) -m pytest -m "stops_services or starts_nodes" $(PYTEST_ARGS); status=$$?; \
	test $$status -eq 0 -o $$status -eq 5

## Benchmarks on a 100 000-resource dataset (not part of `make test`; README, Performance).
bench: install messages $(VENV)/.installed-bench
	@services="$$($(PY) -m tools.services start)" || exit 1; \
	env $$services BENCH_STARTED_AT=$(BENCH_STARTED_AT) $(PY) -m tests.bench.run

## The production layout on this machine: two gunicorn servers sharing Redis and PostgreSQL,
## a two-node OpenSearch cluster losing a node, documents in an S3-compatible bucket
## (not part of `make test`; README, Scale-out). Stops all it started, also on failure.
## Its database lives on the PostgreSQL of DATABASE_URL when that names one, else on the
## checkout's (`make services`).
scaleout: install messages $(VENV)/.installed-bench $(VENV)/.installed-s3
	@case "$$DATABASE_URL" in postgres*) services="DATABASE_URL=$$DATABASE_URL";; \
		*) services="$$($(PY) -m tools.services start postgres)" || exit 1;; esac; \
	env $$services $(PY) -m tests.scaleout.run

## Ranking quality of search on the judged set, on SQLite, PostgreSQL and the engine
## (not part of `make test`; README, Search relevance). RELEVANCE_ARGS: e.g. --judgements PATH.
RELEVANCE_ARGS ?=
relevance: install messages
	@services="$$($(PY) -m tools.services start)" || exit 1; \
	env $$services $(PY) -m tests.relevance.run $(RELEVANCE_ARGS)
