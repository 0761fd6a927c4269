#!/usr/bin/env bash
# Run a command against a fresh dev Neo4j, then always stop it:
#
#   dev/neo4j/with-neo4j.sh go test -count=1 ./...
#
# Starts a private server (own state dir, own temp data dir; ports 17687/17474 if free, else random
# free ones), exports
#   NEO4J_URI=bolt://127.0.0.1:<port>   BILAT_REQUIRE_NEO4J=1   NEO4J_HTTP_URL=http://127.0.0.1:<port>
# runs the command, stops the server (also on failure, Ctrl-C or SIGTERM) and exits with the
# command's status. The server also exits by itself if this script dies (--watch-pid).
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
(($# > 0)) || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }

# State dirs of earlier runs that were killed outright (their server has stopped by itself).
for d in "$here"/run/test.*; do
  [[ -d $d ]] || continue
  if ! kill -0 "${d##*.}" 2>/dev/null; then
    NEO4J_DEV_STATE_DIR=$d "$here/stop.sh" >/dev/null 2>&1 || true
    rm -rf -- "$d"
  fi
done

export NEO4J_DEV_STATE_DIR=$here/run/test.$$
export NEO4J_WATCH_PID=$$

cleanup() {
  "$here/stop.sh" || true
  rm -rf -- "$NEO4J_DEV_STATE_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if ! uri=$("$here/start.sh"); then
  echo "with-neo4j: the dev Neo4j server did not start; not running: $*" >&2
  exit 1
fi
# shellcheck disable=SC1091
source "$NEO4J_DEV_STATE_DIR/neo4j.env"
echo "Neo4j start-up time: ${NEO4J_STARTUP_SECONDS} s ($uri)"

export NEO4J_URI=$uri NEO4J_HTTP_URL BILAT_REQUIRE_NEO4J=1
# The server has no auth and only the default database; don't let a shell set up for another
# server (e.g. docker-compose.yml's) point the tests elsewhere.
unset NEO4J_USERNAME NEO4J_PASSWORD NEO4J_DATABASE
"$@"
status=$?
exit "$status"
