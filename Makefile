# The two commands of the README: `make demo` and `make test`. Everything they need is
# installed from this project's own files, so they work on a fresh machine with Python 3.11.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXAMPLES := examples/articles

.PHONY: install browser demo test test-fast bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "make: $(PYTHON) not found (set PYTHON=...)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Debian's Chromium and CJK fonts for the browser tests (Playwright never downloads a browser here).
browser:
	@if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi 'noto.*cjk'; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null) \
	      || echo "make: could not install chromium; browser tests will be skipped" >&2; \
	  else echo "make: chromium missing and not root; browser tests will be skipped" >&2; fi; \
	fi

demo: install
	$(BIN)/gwangye ingest $(EXAMPLES)
	$(BIN)/gwangye app

test: install browser lint
	$(BIN)/python -m pytest

test-fast: install
	$(BIN)/python -m pytest -m "not slow and not browser"

bench: install
	$(BIN)/python -m bench

lint: install
	$(BIN)/ruff check extract graph ontology app.py tests bench
	$(BIN)/mypy extract graph ontology app.py bench

clean:
	rm -rf $(VENV) build *.egg-info
