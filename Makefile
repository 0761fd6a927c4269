# bilat developer entry points.
#
#   make test        full suite against a real, throw-away Neo4j 5.26 (started from Maven Central
#                    artifacts by dev/neo4j; needs Go, Java 17+, Maven, python3)
#   make test-unit   go test ./... without a server (Neo4j-backed tests skip themselves)
#   make neo4j-up    start a dev Neo4j for manual use (bolt://127.0.0.1:17687, Browser on
#                    http://127.0.0.1:17474/browser/, no auth); make neo4j-down stops it
#   make bench       benchmarks only
#   make bench-scale the scale benchmark: N generated articles into both stores (N=2000 default)
#   make test-faults replay the fault tests: kill -9, full disk (root), Neo4j gone, two ingests at once
#
# See dev/neo4j/README.md.

SHELL := /bin/bash
.DEFAULT_GOAL := test

GO ?= go
N ?= 2000
# What `make test` runs once the server is up (NEO4J_URI and BILAT_REQUIRE_NEO4J=1 exported).
TEST_CMD ?= $(GO) test -count=1 ./...

.PHONY: test test-unit neo4j-up neo4j-down neo4j-build bench networkx-venv bench-scale test-faults

# with-neo4j.sh starts a private server, prints "Neo4j start-up time: N s", runs TEST_CMD,
# always stops the server (success, failure, Ctrl-C) and exits with TEST_CMD's status.
# dev/browsertest drives Neo4j Browser in headless Chromium: `make test` installs Debian's
# chromium + chromium-driver when missing (as root; ~130 MB, ~15 s), then requires that test
# (BILAT_REQUIRE_BROWSER=1) and keeps its screenshots in .screenshots/ (ignored by git).
# Without root or apt-get it says so and the browser test skips.
SCREENSHOT_DIR := $(CURDIR)/.screenshots
# The NetworkX test (cmd/bilat TestExport/NetworkX, dev/networkx/check.py) runs in .venv, which
# networkx-venv creates with python3 -m venv and pip install networkx (~2 s); when PyPI cannot be
# reached it says so and that test skips.
VENV_PY := $(CURDIR)/.venv/bin/python

test: networkx-venv
	@if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then :; \
	elif ! command -v apt-get >/dev/null 2>&1; then \
	  echo "make test: chromium/chromedriver missing and no apt-get: the Neo4j Browser test will skip"; \
	elif [ "$$(id -u)" != 0 ]; then \
	  echo "make test: chromium/chromedriver missing and not root: the Neo4j Browser test will skip" \
	    "(sudo apt-get install --no-install-recommends chromium chromium-driver)"; \
	else \
	  echo "make test: installing chromium and chromium-driver from Debian for the Neo4j Browser test..."; \
	  t0=$$(date +%s); log=$${TMPDIR:-/tmp}/bilat-apt-chromium.log; \
	  if (export DEBIAN_FRONTEND=noninteractive; apt-get update -q && \
	      apt-get install -y -q --no-install-recommends chromium chromium-driver) >"$$log" 2>&1; then \
	    echo "make test: chromium installed in $$(( $$(date +%s) - t0 )) s"; \
	  else \
	    tail -n 15 "$$log"; echo "make test: installing chromium failed (log: $$log): the Neo4j Browser test will skip"; \
	  fi; \
	fi
	if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then \
	  export BILAT_REQUIRE_BROWSER=1; fi; \
	if $(VENV_PY) -c 'import networkx' 2>/dev/null; then \
	  export BILAT_NETWORKX_PYTHON=$(VENV_PY) BILAT_REQUIRE_NETWORKX=1; fi; \
	BILAT_SCREENSHOT_DIR=$(SCREENSHOT_DIR) dev/neo4j/with-neo4j.sh $(TEST_CMD)

networkx-venv:
	@if $(VENV_PY) -c 'import networkx' 2>/dev/null; then :; \
	elif python3 -m venv .venv && .venv/bin/pip install -q --disable-pip-version-check networkx >.venv/pip.log 2>&1; then \
	  echo "make test: .venv has networkx $$($(VENV_PY) -c 'import networkx; print(networkx.__version__)') for the NetworkX test"; \
	else \
	  echo "make test: cannot install networkx from PyPI (log: .venv/pip.log): the NetworkX export test will skip"; \
	fi

# Without a server: Neo4j and Browser tests skip, and this lists them with the reason.
test-unit:
	@set -o pipefail; $(GO) test -v ./... 2>&1 | \
	  grep -E '^(ok|FAIL|panic:)|^\s*--- (FAIL|SKIP)|^\s+\S+_test\.go:[0-9]+: .*(not set|skip|Skip|required)' | \
	  grep -v -- '--- SKIP: .*/' || true
	@$(GO) test ./... >/dev/null

neo4j-up:
	@uri=$$(dev/neo4j/start.sh) && \
	  echo "Neo4j is up: $$uri (no auth)" && \
	  echo "  export NEO4J_URI=$$uri BILAT_REQUIRE_NEO4J=1" && \
	  echo "  stop it with: make neo4j-down"

neo4j-down:
	@dev/neo4j/stop.sh

# Pre-fetch and build the launcher (start.sh does this on demand too).
neo4j-build:
	@dev/neo4j/start.sh --build-only

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# dev/benchscale/run.sh: prints articles/s, edges/s, peak RSS, store size and query p50/p95 per
# store, each rate against the engine's own COPY / UNWIND rate. N=80000 builds ~1M edges.
bench-scale:
	N=$(N) dev/benchscale/run.sh

# dev/faults/run.sh: not part of `make test` (needs root for the tmpfs, and a few minutes).
test-faults:
	dev/faults/run.sh
