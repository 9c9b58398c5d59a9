# Study in Bialystok: `make run` serves the portal locally, `make test` runs the whole suite.

PYTHON_BIN ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PYTHON := $(VENV)/bin/python
MANAGE := $(PYTHON) manage.py
# The catalogues' languages come from settings.LANGUAGES (all but the default), read when needed.
LANGUAGES = $(shell $(MANAGE) list_languages)
MAKEMESSAGES_IGNORE := --ignore=node_modules --ignore=staticfiles --ignore=media --ignore=bench

.DEFAULT_GOAL := help
.PHONY: help run test pytest lint format messages demo install install-dev pg-dictionaries

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(VENV)/.runtime: requirements.txt
	test -x $(PYTHON) || $(PYTHON_BIN) -m venv $(VENV)
	$(PYTHON) -m pip install --quiet --upgrade pip
	$(PYTHON) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt
	$(PYTHON) -m pip install --quiet -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.runtime ## Create .venv with the portal's dependencies

install-dev: $(VENV)/.dev node_modules/.installed ## Add the test tools (pytest, Playwright, axe-core)

run: install ## Migrate, load the demo content, create a local admin and serve on http://127.0.0.1:8000
	$(MANAGE) compile_translations
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) create_local_admin
	$(MANAGE) runserver 127.0.0.1:8000

test: install-dev lint pytest ## Lint, then run the whole test suite (browser tests included)

# One pytest process per core (pytest-xdist), the 15 slowest tests listed at the end; docs/testing.md.
PYTEST_WORKERS ?= auto

pytest: install-dev ## Run the test suite alone, on every core (PYTEST_ARGS picks tests, PYTEST_WORKERS=0 runs one process)
	$(PYTHON) manage.py compile_translations
	$(PYTHON) -m pytest -n $(PYTEST_WORKERS) --dist worksteal --durations=15 $(PYTEST_ARGS)

lint: install-dev ## ruff, djhtml, missing migrations
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check $$(git ls-files '*.html' 2>/dev/null || find . -name '*.html' -not -path './.venv/*' -not -path './node_modules/*')
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run

format: install-dev ## Apply ruff and djhtml formatting
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djhtml $$(git ls-files '*.html')

messages: install ## Extract gettext strings of every app into its catalogues, then compile them
	$(MANAGE) makemessages --no-obsolete --add-location=file $(MAKEMESSAGES_IGNORE) $(addprefix -l ,$(LANGUAGES))
	@# File names without line numbers and no creation date: branches that add strings merge cleanly.
	find . -name django.po -not -path './.venv/*' -not -path './node_modules/*' -exec sed -i '/^"POT-Creation-Date: /d' {} +
	$(MANAGE) compile_translations

pg-dictionaries: ## Install the Polish and Ukrainian dictionaries into the local PostgreSQL server (docs/search.md)
	deploy/postgres/install-dictionaries

demo: install ## Load the demo content (safe to repeat)
	$(MANAGE) load_demo
