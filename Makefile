# Two commands: `make run` (set up, load the demo content, serve) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# The demo site answers at the port it is served on (canonical URLs, sitemap, API links).
export WAGTAILADMIN_BASE_URL ?= http://127.0.0.1:$(PORT)

.PHONY: run test install serve demo migrate lint messages browser-deps audit bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test,browser]"
	touch $@

install: $(VENV)/.installed

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo_content

run: demo
	$(BIN)/python manage.py demo_admin --url http://127.0.0.1:$(PORT)/admin/
	@echo "Serving http://127.0.0.1:$(PORT)/ (Ctrl+C stops)"
	DEBUG=false $(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

test: install browser-deps
	DJANGO_SETTINGS_MODULE=kluby.settings.test $(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache

# Interface translations: extract strings, then build the .mo files (both are committed).
messages: install
	$(BIN)/python manage.py makemessages --locale pl --locale ro --ignore ".venv/*" --ignore "node_modules/*" --ignore "var/*"
	$(BIN)/python manage.py compilemessages --ignore ".venv/*"

browser-deps:
	@bash scripts/browser-deps.sh

clean:
	rm -rf $(VENV) var node_modules

# Lighthouse (mobile) scores of the main page types, behind gunicorn with production settings.
audit: install browser-deps
	$(BIN)/python scripts/audit.py $(AUDIT_ARGS)

# Benchmark (not a pass/fail test): writes docs/performance.md.
BENCH_ARGS ?= --scale 20 --clients 8 --seconds 8
bench: install
	$(BIN)/python scripts/bench.py $(BENCH_ARGS)
