# Foundations First: `make book` builds the site, `make test` runs every test.
# Both create the virtual environment (.venv) from requirements.txt when needed.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed-$(shell cksum < requirements.txt | cut -d' ' -f1)
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: help venv book epub pdf lms check test lint serve preview clean clean-venv

help:
	@echo "make book    set up .venv and build the site into _build/html (warnings are errors)"
	@echo "make test    set up .venv and run the whole test suite"
	@echo "make epub    write _build/downloads/foundations-first.epub (checked with epubcheck)"
	@echo "make pdf     write _build/downloads/foundations-first.pdf (headless Chromium)"
	@echo "make lms     write the whole book's quizzes, SCORM package and course cartridge for Canvas,"
	@echo "             Brightspace, Blackboard, Moodle (SITE_URL=https://..., the published site's address:"
	@echo "             the cartridge links to it, and each quiz question to its page)"
	@echo "make check   run every rule of the book in a second, without building"
	@echo "make serve   build, then preview the site on http://$(HOST):$(PORT)/"
	@echo "make preview build, serve on http://$(HOST):$(PORT)/ and rebuild each time a source is saved"
	@echo "make lint    ruff over the engine, the exercises and the tests; mypy over the engine"
	@echo "make clean   remove _build"

$(STAMP): requirements.txt
	@test -x "$(BIN)/python" || "$(PYTHON)" -m venv "$(VENV)"
	"$(BIN)/python" -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@rm -f $(VENV)/.installed-*
	@touch "$(STAMP)"

venv: $(STAMP)

book: $(STAMP)
	"$(BIN)/python" -m textbook build

epub: $(STAMP)
	"$(BIN)/python" -m textbook epub

pdf: $(STAMP)
	"$(BIN)/python" -m textbook pdf

# SITE_URL=https://... (the published site): each question links to its page there
SITE_OPTION = $(if $(SITE_URL),--site-url "$(SITE_URL)")

lms: $(STAMP)
	"$(BIN)/python" -m textbook export --format qti $(SITE_OPTION) -o _build/downloads/foundations-first-qti.zip
	"$(BIN)/python" -m textbook export --format moodle $(SITE_OPTION) -o _build/downloads/foundations-first-moodle.xml
	"$(BIN)/python" -m textbook export --format blackboard $(SITE_OPTION) -o _build/downloads/foundations-first-blackboard.txt
	"$(BIN)/python" -m textbook export --format scorm -o _build/downloads/foundations-first-scorm.zip
	"$(BIN)/python" -m textbook export --format cc $(SITE_OPTION) -o _build/downloads/foundations-first.imscc \
	  || echo "make lms: no course cartridge: it links to the published book, so give its address: make lms SITE_URL=https://..."

check: $(STAMP)
	"$(BIN)/python" -m textbook check

test: $(STAMP)
	"$(BIN)/python" -m pytest

lint: $(STAMP)
	"$(BIN)/ruff" check textbook tests benchmarks exercises
	"$(BIN)/ruff" format --check textbook tests benchmarks exercises
	"$(BIN)/mypy"

serve: book
	"$(BIN)/python" -m http.server $(PORT) --bind $(HOST) --directory _build/html

preview: $(STAMP)
	"$(BIN)/python" -m textbook preview --host $(HOST) --port $(PORT)

clean:
	rm -rf _build

clean-venv:
	rm -rf "$(VENV)"
