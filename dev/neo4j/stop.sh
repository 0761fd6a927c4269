#!/usr/bin/env bash
# Stop the dev/test Neo4j started by dev/neo4j/start.sh (same NEO4J_DEV_STATE_DIR, default
# dev/neo4j/run/dev): SIGTERM (the launcher's shutdown hook shuts Neo4j down cleanly), wait for the
# process to exit (SIGKILL after NEO4J_STOP_TIMEOUT seconds, default 60, or 180 while a CDS archive
# is being written), then delete the temporary Neo4j home. Safe to run when nothing is running.
# Leaves neo4j.log in the state dir.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
state=${NEO4J_DEV_STATE_DIR:-$here/run/dev}
pidfile=$state/neo4j.pid envfile=$state/neo4j.env

log() { printf 'dev-neo4j: %s\n' "$*" >&2; }
is_launcher() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q 'dev.bilat.Neo4jLauncher'; }

NEO4J_HOME_DIR= NEO4J_CDS_PENDING= NEO4J_CDS_FINAL= NEO4J_JAVA= NEO4J_CLASSPATH=
if [[ -f $envfile ]]; then
  # shellcheck disable=SC1090
  source "$envfile"
fi
pid=
[[ -f $pidfile ]] && pid=$(cat "$pidfile" 2>/dev/null || true)

if [[ -n $NEO4J_CDS_PENDING ]]; then default_timeout=180; else default_timeout=60; fi
stop_timeout=${NEO4J_STOP_TIMEOUT:-$default_timeout}

killed=0
if is_launcher "$pid"; then
  t0=$(date +%s.%N)
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + stop_timeout))
  while is_launcher "$pid" && ((SECONDS < deadline)); do sleep 0.1; done
  if is_launcher "$pid"; then
    log "Neo4j (pid $pid) did not exit within ${stop_timeout}s of SIGTERM; killing it"
    kill -KILL "$pid" 2>/dev/null || true
    killed=1
    while is_launcher "$pid"; do sleep 0.1; done
  fi
  log "stopped Neo4j (pid $pid) in $(python3 -c "import sys; print('%.1f' % (float(sys.argv[2]) - float(sys.argv[1])))" "$t0" "$(date +%s.%N)") s"
elif [[ -n $pid ]]; then
  log "Neo4j (pid $pid) was not running"
else
  log "no dev Neo4j recorded in $state; nothing to stop"
fi

# A class-data-sharing archive recorded by this run (written by the JVM as it exits): keep it only
# if the JVM exited normally and a quick JVM start accepts it; a broken archive can crash the JVM.
if [[ -n $NEO4J_CDS_PENDING && -n $NEO4J_CDS_FINAL ]]; then
  if ((killed == 0)) && [[ -s $NEO4J_CDS_PENDING && -n $NEO4J_JAVA && -n $NEO4J_CLASSPATH ]] &&
    out=$("$NEO4J_JAVA" -Xmx512m "-XX:SharedArchiveFile=$NEO4J_CDS_PENDING" -cp "$NEO4J_CLASSPATH" \
      dev.bilat.Neo4jLauncher --help 2>&1) && ! grep -qiE 'shared archive|\]\[(error|warning)' <<<"$out"; then
    mv -f "$NEO4J_CDS_PENDING" "$NEO4J_CDS_FINAL"
    log "recorded class-data-sharing archive $NEO4J_CDS_FINAL (faster next starts)"
  else
    rm -f "$NEO4J_CDS_PENDING"
  fi
fi

# Only ever delete a directory start.sh created (mktemp -d .../bilat-neo4j.XXXXXX).
if [[ -n $NEO4J_HOME_DIR && -d $NEO4J_HOME_DIR && $(basename "$NEO4J_HOME_DIR") == bilat-neo4j.* ]]; then
  rm -rf -- "$NEO4J_HOME_DIR"
fi
rm -f -- "$pidfile" "$envfile"
