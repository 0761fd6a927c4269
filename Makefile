# bilat developer entry points.
#
#   make test        full suite against a real, throw-away Neo4j 5.26 (started from Maven Central
#                    artifacts by dev/neo4j; needs Go, Java 17+, Maven, python3)
#   make test-unit   go test ./... without a server (Neo4j-backed tests skip themselves)
#   make neo4j-up    start a dev Neo4j for manual use (bolt://127.0.0.1:17687, Browser on
#                    http://127.0.0.1:17474/browser/, no auth); make neo4j-down stops it
#   make bench       benchmarks only
#
# See dev/neo4j/README.md.

SHELL := /bin/bash
.DEFAULT_GOAL := test

GO ?= go
# What `make test` runs once the server is up (NEO4J_URI and BILAT_REQUIRE_NEO4J=1 exported).
TEST_CMD ?= $(GO) test -count=1 ./...

.PHONY: test test-unit neo4j-up neo4j-down neo4j-build bench

# with-neo4j.sh starts a private server, prints "Neo4j start-up time: N s", runs TEST_CMD,
# always stops the server (success, failure, Ctrl-C) and exits with TEST_CMD's status.
test:
	dev/neo4j/with-neo4j.sh $(TEST_CMD)

test-unit:
	$(GO) test ./...

neo4j-up:
	@uri=$$(dev/neo4j/start.sh) && \
	  echo "Neo4j is up: $$uri (no auth)" && \
	  echo "  export NEO4J_URI=$$uri BILAT_REQUIRE_NEO4J=1" && \
	  echo "  stop it with: make neo4j-down"

neo4j-down:
	@dev/neo4j/stop.sh

# Pre-fetch/compile the launcher (start.sh does this on demand too).
neo4j-build:
	mvn -q -B -f dev/neo4j/pom.xml package
	@touch dev/neo4j/target/.bilat-build-stamp

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...
