#!/usr/bin/env bash
# Start the dev/test Neo4j 5.26 community server (dev.bilat.Neo4jLauncher) in the background.
#
#   dev/neo4j/start.sh            -> prints the Bolt URI (only that) on stdout, progress on stderr
#
# - Builds the launcher with Maven when needed (first run downloads ~140 MB from Maven Central
#   into ~/.m2; later runs do not call Maven at all).
# - Uses a fresh temporary Neo4j home (data + logs) for every start; stop.sh deletes it.
# - Bolt on 127.0.0.1:17687 and HTTP on 127.0.0.1:17474 when free, otherwise random free ports.
# - Waits for the launcher's "NEO4J READY" line (timeout NEO4J_START_TIMEOUT, default 180 s).
#
# State lives in $NEO4J_DEV_STATE_DIR (default dev/neo4j/run/dev):
#   neo4j.pid   launcher pid          neo4j.log  launcher stdout+stderr
#   neo4j.env   NEO4J_URI, NEO4J_HTTP_URL, NEO4J_HOME_DIR, NEO4J_STARTUP_SECONDS (shell-sourceable)
#
# Environment knobs:
#   NEO4J_BOLT_PORT / NEO4J_HTTP_PORT  preferred ports (default 17687 / 17474; 0 = any free port)
#   NEO4J_START_TIMEOUT                seconds to wait for READY (default 180)
#   NEO4J_WATCH_PID                    launcher exits by itself when this pid exits (test harness)
#   NEO4J_JAVA_OPTS                    extra JVM options
#   NEO4J_NO_APOC=1                    start without the APOC plugin
#   JAVA_HOME                          JDK to use (17+); otherwise `java` from PATH
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state=${NEO4J_DEV_STATE_DIR:-$here/run/dev}
timeout_s=${NEO4J_START_TIMEOUT:-180}

log() { printf 'dev-neo4j: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then java=$JAVA_HOME/bin/java; else java=java; fi
command -v "$java" >/dev/null 2>&1 || die "java not found (need a JDK 17+ on PATH or JAVA_HOME)"
command -v python3 >/dev/null 2>&1 || die "python3 not found (used to pick free ports)"

mkdir -p "$state"
pidfile=$state/neo4j.pid envfile=$state/neo4j.env logfile=$state/neo4j.log

alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q 'dev.bilat.Neo4jLauncher'; }

# --- already running? -------------------------------------------------------------------------
if [[ -f $pidfile ]]; then
  oldpid=$(cat "$pidfile" 2>/dev/null || true)
  if alive "$oldpid"; then
    # shellcheck disable=SC1090
    source "$envfile"
    log "already running (pid $oldpid) at $NEO4J_URI; stop it with dev/neo4j/stop.sh"
    echo "$NEO4J_URI"
    exit 0
  fi
  log "removing stale state of a server that is no longer running"
  NEO4J_DEV_STATE_DIR=$state "$here/stop.sh" >/dev/null 2>&1 || true
fi

# --- build the launcher if needed -------------------------------------------------------------
target=$here/target
stamp=$target/.bilat-build-stamp
needs_build() {
  [[ -f $stamp && -d $target/lib && -d $target/plugins && -f $target/classes/dev/bilat/Neo4jLauncher.class ]] || return 0
  [[ -n $(find "$here/pom.xml" "$here/src" -newer "$stamp" -print -quit) ]]
}
build() {
  command -v mvn >/dev/null 2>&1 || die "mvn not found (Maven 3.8+ is needed to build the launcher)"
  log "building the launcher with Maven (the first run downloads Neo4j from Maven Central)..."
  local t0=$SECONDS
  rm -f "$stamp"
  if ! mvn -q -B -f "$here/pom.xml" package >"$state/build.log" 2>&1; then
    tail -n 40 "$state/build.log" >&2
    die "Maven build failed (full log: $state/build.log)"
  fi
  touch "$stamp"
  log "launcher built in $((SECONDS - t0)) s"
}
if needs_build; then
  mkdir -p "$target"
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$here/.build.lock"
    flock 9
    if needs_build; then build; fi
    flock -u 9
    exec 9>&-
  else
    build
  fi
fi

# --- JVM options ------------------------------------------------------------------------------
jvm_opts=(
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --enable-native-access=ALL-UNNAMED
  -Dio.netty.tryReflectionSetAccessible=true
  -Xmx512m
  -XX:+ExitOnOutOfMemoryError
)
# Drop flags this JVM rejects (all are accepted by Java 17+; older JDKs cannot run Neo4j 5 anyway).
if ! "$java" "${jvm_opts[@]}" -version >/dev/null 2>&1; then
  kept=()
  for f in "${jvm_opts[@]}"; do
    if "$java" "$f" -version >/dev/null 2>&1; then kept+=("$f"); else log "JVM rejects $f; dropping it"; fi
  done
  jvm_opts=("${kept[@]}")
fi
# shellcheck disable=SC2206
extra_opts=(${NEO4J_JAVA_OPTS:-})

# --- ports ------------------------------------------------------------------------------------
pick_ports() {
  # prints "<bolt> <http>": the preferred ports if both are free, otherwise OS-assigned free ones
  python3 - "${NEO4J_BOLT_PORT:-17687}" "${NEO4J_HTTP_PORT:-17474}" <<'PY'
import socket, sys
socks = []
def grab(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        s.close()
        return None
    socks.append(s)  # hold until both are chosen so they differ
    return s.getsockname()[1]
out = []
for want in sys.argv[1:]:
    p = grab(int(want)) if int(want) > 0 else None
    out.append(p if p is not None else grab(0))
print(*out)
PY
}

# --- start ------------------------------------------------------------------------------------
cp="$target/classes:$target/lib/*"
launcher_args=()
if [[ ${NEO4J_NO_APOC:-0} != 1 ]]; then
  # APOC must be on the classpath (its kernel extensions are found by ServiceLoader) AND in the
  # plugin dir (procedures are registered from there), exactly like the neo4j start script does.
  cp="$cp:$target/plugins/*"
  launcher_args+=(--plugins "$target/plugins")
fi
[[ -n ${NEO4J_WATCH_PID:-} ]] && launcher_args+=(--watch-pid "$NEO4J_WATCH_PID")

tmp_root=${TMPDIR:-/tmp}
attempt=0
while :; do
  attempt=$((attempt + 1))
  read -r bolt_port http_port < <(pick_ports)
  home=$(mktemp -d "$tmp_root/bilat-neo4j.XXXXXX")
  : >"$logfile"
  t_start=$(date +%s.%N)
  # Background + stdin from /dev/null: a non-interactive shell makes the job ignore SIGINT/SIGHUP,
  # so it outlives `make neo4j-up`; it is stopped with SIGTERM by stop.sh.
  "$java" "${jvm_opts[@]}" "${extra_opts[@]}" -cp "$cp" dev.bilat.Neo4jLauncher \
    --home "$home" --listen 127.0.0.1 --bolt-port "$bolt_port" --http-port "$http_port" \
    "${launcher_args[@]}" </dev/null >>"$logfile" 2>&1 &
  pid=$!
  echo "$pid" >"$pidfile"
  printf 'NEO4J_HOME_DIR=%q\n' "$home" >"$envfile"
  log "starting Neo4j (pid $pid, bolt port $bolt_port, http port $http_port, home $home)"

  status=timeout
  deadline=$((SECONDS + timeout_s))
  while ((SECONDS < deadline)); do
    if grep -q '^NEO4J READY' "$logfile"; then status=ready; break; fi
    if grep -q '^NEO4J FAILED' "$logfile"; then status=failed; break; fi
    if ! kill -0 "$pid" 2>/dev/null; then status=died; break; fi
    sleep 0.2
  done
  if [[ $status == ready ]]; then break; fi

  # Failed: keep Neo4j's own log, stop what is left, show why, maybe retry on a port race.
  cp "$home/logs/debug.log" "$state/debug.log" 2>/dev/null || true
  NEO4J_DEV_STATE_DIR=$state "$here/stop.sh" >/dev/null 2>&1 || true
  if ((attempt < 3)) && grep -qi 'address already in use' "$logfile"; then
    log "port race (address already in use); retrying with other ports"
    NEO4J_BOLT_PORT=0 NEO4J_HTTP_PORT=0
    continue
  fi
  {
    echo "----- last lines of $logfile -----"
    tail -n 60 "$logfile"
    echo "-----"
  } >&2
  case $status in
    timeout) [[ -f $state/debug.log ]] && { echo "----- last lines of $state/debug.log -----"; tail -n 20 "$state/debug.log"; } >&2
      die "Neo4j did not print 'NEO4J READY' within ${timeout_s}s (NEO4J_START_TIMEOUT); see above" ;;
    failed) die "Neo4j failed to start: $(grep -m1 '^NEO4J FAILED' "$logfile")" ;;
    died) die "the Neo4j launcher exited before it was ready; see above" ;;
  esac
done

startup=$(python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$t_start" "$(date +%s.%N)")
ready=$(grep -m1 '^NEO4J READY' "$logfile")
uri=$(awk '{print $3}' <<<"$ready")
http=$(awk '{print $4}' <<<"$ready")
{
  printf 'NEO4J_HOME_DIR=%q\n' "$home"
  printf 'NEO4J_URI=%q\n' "$uri"
  printf 'NEO4J_HTTP_URL=%q\n' "$http"
  printf 'NEO4J_PID=%q\n' "$pid"
  printf 'NEO4J_STARTUP_SECONDS=%q\n' "$startup"
} >"$envfile"
log "ready in ${startup} s: $uri ${http:+(HTTP $http, Browser $http/browser/)}, no auth"
echo "$uri"
