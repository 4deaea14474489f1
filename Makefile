# Every target bootstraps .venv on a fresh clone; pip runs again only when pyproject.toml changes.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test test-fast run lint bench clean docker-check

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/truce-bot demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

run: $(STAMP)
	$(BIN)/truce-bot run

lint: $(STAMP)
	$(BIN)/ruff check bot tests benchmarks
	$(BIN)/hadolint Dockerfile

# Builds the unmodified Dockerfile with buildah against a stand-in base image and runs the
# image's commands in it (root + the Debian packages buildah and debootstrap; not part of test).
docker-check:
	scripts/docker-check.sh

bench: $(STAMP)
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) state/*.db state/*.db-*
