# Two commands do all the set-up on a fresh machine: `make data` and `make test`.
# Both compile the extractor with mypyc (setup.py; about 2-4 minutes the first time, again only
# when its sources change); `make COMPILE=0 data` or `make COMPILE=0 test` runs it as plain
# Python and removes the compiled modules, which would otherwise be imported before the sources.
PYTHON  ?= python3
COMPILE ?= 1
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-12)
# the compiled modules: [tool.newstables] compiled in pyproject.toml
EXTRACTOR := $(wildcard src/newstables/extract/*.py) src/newstables/ids.py
COMPILED  := build/mypyc/.compiled

ifeq ($(COMPILE),1)
EXTENSIONS := $(COMPILED)
else
EXTENSIONS := python-extractor
endif

.PHONY: data test lint clean python-extractor

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	rm -f $(VENV)/.installed-* && touch $(STAMP)

# build_ext copies each module's small loader with the time it was first built (the code is in
# one shared library, rebuilt when a source changes): touched, none looks older than its source
$(COMPILED): $(STAMP) $(EXTRACTOR) setup.py pyproject.toml Makefile
	NEWSTABLES_COMPILE=1 $(BIN)/python setup.py -q build_ext --inplace
	find src -name '*.so' -exec touch {} +
	touch $@

python-extractor:  ## the extractor as plain Python: no compiled module shadows a source
	find src -name '*.so' -delete
	rm -f $(COMPILED)

data: $(STAMP) $(EXTENSIONS)  ## rebuild datapackage/ from raw/ (publishes only if validation passes)
	$(BIN)/newstables build

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src/newstables

test: $(STAMP) $(EXTENSIONS) lint  ## the whole test suite
	$(BIN)/python -m pytest

clean:  ## build/ and dist/, and the compiled modules
	rm -rf build dist
	find src -name '*.so' -delete
