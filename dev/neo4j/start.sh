#!/usr/bin/env bash
# Start the dev/test Neo4j 5.26 community server (dev.bilat.Neo4jLauncher) in the background.
#
#   dev/neo4j/start.sh               -> prints the Bolt URI (only that) on stdout; progress goes to stderr
#   dev/neo4j/start.sh --build-only  -> only builds the launcher if needed (e.g. to pre-fetch)
#
# - Builds the launcher with Maven when needed, into a cache dir outside the checkout
#   ($NEO4J_DEV_CACHE, default ~/.cache/bilat-dev-neo4j/build-<hash of pom.xml + launcher>).
#   The first build downloads ~140 MB from Maven Central into ~/.m2; later starts (also from
#   fresh clones) do not run Maven at all.
# - Class-data sharing: the first start with a given build + JDK records an AppCDS archive when
#   the server stops; later starts load it (~40% less start-up CPU). NEO4J_CDS=0 disables this.
# - Uses a fresh temporary Neo4j home (data + logs) for every start; stop.sh deletes it.
# - Bolt on 127.0.0.1:17687 and HTTP on 127.0.0.1:17474 when free, otherwise random free ports.
# - Waits for the launcher's "NEO4J READY" line (timeout NEO4J_START_TIMEOUT, default 180 s).
#
# State lives in $NEO4J_DEV_STATE_DIR (default dev/neo4j/run/dev):
#   neo4j.pid  launcher pid      neo4j.log  launcher stdout+stderr (kept after stop)
#   neo4j.env  NEO4J_URI, NEO4J_HTTP_URL, NEO4J_HOME_DIR, NEO4J_STARTUP_SECONDS, ... (sourceable)
#
# Environment knobs:
#   NEO4J_BOLT_PORT / NEO4J_HTTP_PORT  preferred ports (default 17687 / 17474; 0 = any free port)
#   NEO4J_START_TIMEOUT                seconds to wait for READY (default 180)
#   NEO4J_WATCH_PID                    the server exits by itself when this pid exits (test harness)
#   NEO4J_JIT=full                     full C1+C2 JIT (default: C1 only, which halves start-up CPU
#                                      and is as fast for short test workloads; use full for benchmarks)
#   NEO4J_JAVA_OPTS                    extra JVM options (appended)
#   NEO4J_NO_APOC=1                    start without the APOC plugin
#   NEO4J_CDS=0                        no class-data-sharing archive
#   JAVA_HOME                          JDK to use (17+); otherwise `java` from PATH
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state=${NEO4J_DEV_STATE_DIR:-$here/run/dev}
timeout_s=${NEO4J_START_TIMEOUT:-180}
cache_root=${NEO4J_DEV_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/bilat-dev-neo4j}

log() { printf 'dev-neo4j: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
elapsed() { python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$1" "$(date +%s.%N)"; }

if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then java=$JAVA_HOME/bin/java; else java=java; fi
command -v "$java" >/dev/null 2>&1 || die "java not found (need a JDK 17+ on PATH or JAVA_HOME)"
command -v python3 >/dev/null 2>&1 || die "python3 not found (used to pick free ports)"

mkdir -p "$state" "$cache_root"
pidfile=$state/neo4j.pid envfile=$state/neo4j.env logfile=$state/neo4j.log

is_launcher() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q 'dev.bilat.Neo4jLauncher'; }

# --- already running? -------------------------------------------------------------------------
if [[ ${1:-} != --build-only && -f $pidfile ]]; then
  oldpid=$(cat "$pidfile" 2>/dev/null || true)
  if is_launcher "$oldpid" && [[ -f $envfile ]] && grep -q '^NEO4J_URI=' "$envfile"; then
    # shellcheck disable=SC1090
    source "$envfile"
    log "already running (pid $oldpid) at $NEO4J_URI; stop it with dev/neo4j/stop.sh"
    echo "$NEO4J_URI"
    exit 0
  fi
  log "cleaning up after a server that is no longer running"
  NEO4J_DEV_STATE_DIR=$state "$here/stop.sh" >/dev/null 2>&1 || true
fi

# --- build the launcher if needed -------------------------------------------------------------
key=$(cat "$here/pom.xml" "$here/src/main/java/dev/bilat/Neo4jLauncher.java" | sha256sum | cut -c1-16)
build=$cache_root/build-$key
build_launcher() {
  command -v mvn >/dev/null 2>&1 || die "mvn not found (Maven 3.8+ is needed to build the launcher)"
  log "building the launcher with Maven into $build (the first build downloads Neo4j from Maven Central)..."
  local t0 tmp
  t0=$(date +%s.%N)
  tmp=$cache_root/tmp-$key-$$
  rm -rf "$tmp"
  if ! mvn -q -B -f "$here/pom.xml" package -Dbilat.build.dir="$tmp" >"$state/build.log" 2>&1; then
    tail -n 40 "$state/build.log" >&2
    rm -rf "$tmp"
    die "Maven build failed (full log: $state/build.log)"
  fi
  rm -rf "$tmp/classes" "$tmp/maven-archiver" "$tmp/maven-status" "$tmp/generated-sources"
  touch "$tmp/.complete"
  rm -rf "$build"
  mv "$tmp" "$build"
  log "launcher built in $(elapsed "$t0") s"
}
if [[ ! -f $build/.complete ]]; then
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$cache_root/.build.lock"
    flock 9
    [[ -f $build/.complete ]] || build_launcher
    flock -u 9
    exec 9>&-
  else
    build_launcher
  fi
  # Forget builds of other launcher versions not used for two weeks.
  find "$cache_root" -maxdepth 1 -name 'build-*' ! -name "build-$key" -mtime +14 -exec rm -rf {} + 2>/dev/null || true
fi
touch "$build"
if [[ ${1:-} == --build-only ]]; then
  log "launcher built: $build"
  exit 0
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
  "-XX:ErrorFile=$state/hs_err_pid%p.log"
)
[[ ${NEO4J_JIT:-c1} == full ]] || jvm_opts+=(-XX:TieredStopAtLevel=1)
# Drop flags this JVM rejects (Java 17+ accepts all of them; older JDKs cannot run Neo4j 5 anyway).
if ! java_version=$("$java" "${jvm_opts[@]}" -version 2>&1); then
  kept=()
  for f in "${jvm_opts[@]}"; do
    if "$java" "$f" -version >/dev/null 2>&1; then kept+=("$f"); else log "JVM rejects $f; dropping it"; fi
  done
  jvm_opts=("${kept[@]}")
  java_version=$("$java" -version 2>&1 || true)
fi
# shellcheck disable=SC2206
extra_opts=(${NEO4J_JAVA_OPTS:-})

classpath="$build/bilat-dev-neo4j-1.0.0.jar:$build/lib/*"
# The launcher deletes its temp home itself after a clean shutdown, so nothing is left behind even
# when whoever started it is gone (--watch-pid); stop.sh deletes it too.
launcher_args=(--delete-home-on-exit)
if [[ ${NEO4J_NO_APOC:-0} != 1 ]]; then
  # APOC must be on the classpath (its kernel extensions are found by ServiceLoader) AND in the
  # plugin dir (procedures are registered from there), exactly like the neo4j start script does.
  classpath="$classpath:$build/plugins/*"
  launcher_args+=(--plugins "$build/plugins")
fi
[[ -n ${NEO4J_WATCH_PID:-} ]] && launcher_args+=(--watch-pid "$NEO4J_WATCH_PID")

# AppCDS archive for exactly this build, classpath and JVM.
cds_final= cds_pending=
if [[ ${NEO4J_CDS:-1} != 0 ]]; then
  jkey=$(printf '%s\n%s\n%s\n' "$(readlink -f "$(command -v "$java")")" "$java_version" "$classpath" | sha256sum | cut -c1-16)
  cds_final=$build/cds-$jkey.jsa
  find "$build" -maxdepth 1 -name 'cds-*.jsa.tmp.*' -mmin +60 -delete 2>/dev/null || true
fi

# --- ports ------------------------------------------------------------------------------------
pick_ports() {
  # prints "<bolt> <http>": the preferred ports if free, otherwise OS-assigned free ones
  python3 - "$1" "$2" <<'PY'
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
want_bolt=${NEO4J_BOLT_PORT:-17687} want_http=${NEO4J_HTTP_PORT:-17474}
attempt=0
while :; do
  attempt=$((attempt + 1))
  read -r bolt_port http_port < <(pick_ports "$want_bolt" "$want_http")
  home=$(mktemp -d "${TMPDIR:-/tmp}/bilat-neo4j.XXXXXX")
  cds_opts=() cds_pending=
  if [[ -n $cds_final ]]; then
    if [[ -s $cds_final ]]; then
      cds_opts=("-XX:SharedArchiveFile=$cds_final")
    else
      cds_pending=$cds_final.tmp.$$
      cds_opts=("-XX:ArchiveClassesAtExit=$cds_pending")
    fi
  fi
  : >"$logfile"
  t_start=$(date +%s.%N)
  # Background + stdin from /dev/null: a non-interactive shell makes the job ignore SIGINT/SIGHUP,
  # so it outlives `make neo4j-up`; stop.sh stops it with SIGTERM.
  "$java" "${jvm_opts[@]}" "${cds_opts[@]}" "${extra_opts[@]}" -cp "$classpath" dev.bilat.Neo4jLauncher \
    --home "$home" --listen 127.0.0.1 --bolt-port "$bolt_port" --http-port "$http_port" \
    "${launcher_args[@]}" </dev/null >>"$logfile" 2>&1 &
  pid=$!
  echo "$pid" >"$pidfile"
  {
    printf 'NEO4J_HOME_DIR=%q\n' "$home"
    printf 'NEO4J_PID=%q\n' "$pid"
    printf 'NEO4J_JAVA=%q\n' "$java"
    printf 'NEO4J_CLASSPATH=%q\n' "$classpath"
    printf 'NEO4J_CDS_PENDING=%q\n' "$cds_pending"
    printf 'NEO4J_CDS_FINAL=%q\n' "$cds_final"
  } >"$envfile"
  log "starting Neo4j (pid $pid, bolt port $bolt_port, http port $http_port, home $home${cds_pending:+, recording a CDS archive})"

  status=timeout
  deadline=$((SECONDS + timeout_s))
  while ((SECONDS < deadline)); do
    if grep -q '^NEO4J READY' "$logfile"; then status=ready; break; fi
    if grep -q '^NEO4J FAILED' "$logfile"; then status=failed; break; fi
    if ! kill -0 "$pid" 2>/dev/null; then status=died; break; fi
    sleep 0.2
  done
  if [[ $status == ready ]]; then break; fi

  # Failed: keep Neo4j's own log, stop what is left, show why; retry on a port race or a bad CDS archive.
  cp "$home/logs/debug.log" "$state/debug.log" 2>/dev/null || true
  NEO4J_DEV_STATE_DIR=$state NEO4J_STOP_TIMEOUT=20 "$here/stop.sh" >/dev/null 2>&1 || true
  [[ -n $cds_pending ]] && rm -f "$cds_pending"
  if ((attempt < 3)) && grep -qi 'address already in use' "$logfile"; then
    log "port race (address already in use); retrying with other ports"
    want_bolt=0 want_http=0
    continue
  fi
  if ((attempt < 3)) && [[ $status == died && ${#cds_opts[@]} -gt 0 ]]; then
    log "the JVM died with CDS enabled; retrying without class-data sharing"
    [[ -s $cds_final ]] && rm -f "$cds_final"
    cds_final=
    continue
  fi
  {
    echo "----- last lines of $logfile -----"
    tail -n 60 "$logfile"
    if [[ $status == timeout && -f $state/debug.log ]]; then
      echo "----- last lines of $state/debug.log -----"
      tail -n 20 "$state/debug.log"
    fi
    echo "-----"
  } >&2
  case $status in
    timeout) die "Neo4j did not print 'NEO4J READY' within ${timeout_s}s (NEO4J_START_TIMEOUT); see above" ;;
    failed) die "Neo4j failed to start: $(grep -m1 '^NEO4J FAILED' "$logfile")" ;;
    *) die "the Neo4j launcher exited before it was ready; see above" ;;
  esac
done

startup=$(elapsed "$t_start")
ready=$(grep -m1 '^NEO4J READY' "$logfile")
uri=$(awk '{print $3}' <<<"$ready")
http=$(awk '{print $4}' <<<"$ready")
{
  printf 'NEO4J_URI=%q\n' "$uri"
  printf 'NEO4J_HTTP_URL=%q\n' "$http"
  printf 'NEO4J_STARTUP_SECONDS=%q\n' "$startup"
} >>"$envfile"
log "ready in ${startup} s: $uri${http:+ (HTTP $http, Browser $http/browser/)}, no auth"
echo "$uri"
