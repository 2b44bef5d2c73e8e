# Two commands do all the set-up on a fresh machine: `make data` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell sha256sum pyproject.toml | cut -c1-12)

.PHONY: data test lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test]"
	rm -f $(VENV)/.installed-* && touch $(STAMP)

data: $(STAMP)  ## rebuild datapackage/ from raw/ (publishes only if validation passes)
	$(BIN)/newstables build

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy src/newstables

test: $(STAMP) lint  ## the whole test suite
	$(BIN)/python -m pytest

clean:
	rm -rf build dist
