# The two commands a newcomer needs: `make run` and `make test` (see README.md).
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup lint typecheck pytest bench clean package

setup:
	@./scripts/bootstrap.sh

run: setup
	$(BIN)/repman gui

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy

pytest: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test: lint typecheck pytest

bench: setup
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/search.py

# The Linux packages (dist/repman/, .tar.gz, .deb) from a clean build venv: packaging/README.md.
package:
	packaging/build_linux.sh
	QT_QPA_PLATFORM=offscreen dist/repman/repman --self-check

clean:
	rm -rf $(VENV) build *.egg-info
