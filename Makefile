# starcoach's task runner: `make run` serves the app, `make test` runs every test.
VENV ?= .venv
PYTHON ?= python3
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check --quiet
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test lint bench check install install-test browser clean

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --upgrade "pip>=25.1"

# Speech support (offline transcription) is installed when the platform has its wheels; without it the
# app runs with typed answers only.
$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	@$(PIP) install -e ".[speech]" || { echo "Speech support could not be installed: typed answers only."; \
	  $(PIP) install -e .; }
	@touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(PIP) install -e ".[speech]" --group test --group lint
	@touch $@

install: $(VENV)/.installed  ## Install starcoach into .venv

install-test: $(VENV)/.installed-test  ## Install starcoach with what the tests need

run: install  ## Serve the app at http://127.0.0.1:$${PORT:-8000}
	$(VENV)/bin/starcoach serve

browser:  ## Make sure the system tools of the tests are there: Chromium, espeak-ng and sox
	@missing=""; [ -x "$(CHROMIUM)" ] || missing="chromium"; \
	command -v espeak-ng >/dev/null || missing="$$missing espeak-ng"; \
	command -v sox >/dev/null || missing="$$missing sox"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian's$$missing for the tests..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "The tests need Debian's$$missing (sudo apt-get install$$missing);"; \
	    echo "for Chromium elsewhere, point CHROMIUM=/path/to/chromium at it, then run make test again."; exit 1; \
	  fi; \
	fi

test: install-test browser  ## Run the whole test suite
	$(VENV)/bin/starcoach content check
	STARCOACH_CHROMIUM=$(CHROMIUM) $(PY) -m pytest $(PYTEST_ARGS)

lint: install-test  ## Check style and types
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/mypy

bench: install-test  ## Print the performance figures
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
