#!/usr/bin/env bash
# The scale benchmark of issue 8 (make bench-scale):
#
#   N=2000 dev/benchscale/run.sh      (N=80000 builds about a million edges; takes hours)
#
# Generates N articles (dev/benchscale/gen.py: real articles from ../shared/corpus with shifted
# dates and rotated actors), ingests them into Kuzu (incremental, then bulk into a new store, then
# the unchanged corpus again) and into a private Neo4j started by dev/neo4j/with-neo4j.sh
# (incremental and --bulk), and prints for each: articles/s and edges/s end to end (extraction
# included), peak RSS, store size; the p50/p95 of every canned query (dev/benchscale/bench); and
# each ingest rate as a ratio to the engine's own rate on the same graph measured in the same run
# (Kuzu: IMPORT DATABASE, i.e. COPY FROM; Neo4j: UNWIND ... CREATE batches of 10,000).
# NEO4J=0 skips Neo4j. Work files go to a temporary directory, removed at the end.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
n=${N:-2000}

if [[ ${1:-} == --neo4j-part ]]; then
  # Runs inside with-neo4j.sh: $2 is the work directory with bilat, bench and corpus.jsonl.
  w=$2
  measure() { # measure NAME ARGS... : one ingest into $NEO4J_URI, timed
    local name=$1; shift
    /usr/bin/time -f "%e %M" -o "$w/$name.time" "$w/bilat" --store "$NEO4J_URI" ingest "$@" "$w/corpus.jsonl" >"$w/$name.out" 2>"$w/$name.err"
    edges=$("$w/bilat" --store "$NEO4J_URI" query --format csv "MATCH (a)-[r]->(b) RETURN count(*) AS n" | tail -n 1)
    read -r secs rss <"$w/$name.time"
    echo "$name $secs $rss $edges" >>"$w/results"
  }
  clear() { # edges first, in small transactions (a node with thousands of edges at once can exceed the server's transaction memory)
    local q n
    for q in "MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS n" "MATCH (n) WITH n LIMIT 20000 DELETE n RETURN count(*) AS n"; do
      while n=$("$w/bilat" --store "$NEO4J_URI" query --write --format csv "$q" | tail -n 1) && [[ $n != 0 ]]; do :; done
    done
  }
  # Warm the fresh server up (JIT, query plans) as a long-running one is: ingest the first 300 articles, then clear.
  head -n 300 "$w/corpus.jsonl" >"$w/warm.jsonl"
  "$w/bilat" --store "$NEO4J_URI" ingest "$w/warm.jsonl" >/dev/null 2>&1
  clear
  measure neo4j-incremental
  "$w/bench" queries --store "$NEO4J_URI" --runs 20 >"$w/neo4j-queries"
  clear
  measure neo4j-bulk --bulk
  "$w/bench" neo4j-unwind --store "$NEO4J_URI" >"$w/neo4j-unwind"
  exit 0
fi

w=$(mktemp -d "${TMPDIR:-/tmp}/bilat-benchscale.XXXXXX")
trap 'rm -rf "$w"' EXIT
cd "$root"
go build -o "$w/bilat" ./cmd/bilat
go build -o "$w/bench" ./dev/benchscale/bench
python3 "$here/gen.py" -n "$n" -o "$w/corpus.jsonl"
echo "corpus: $n articles, $(( $(stat -c %s "$w/corpus.jsonl") >> 20 )) MB; $(nproc) cores"

kuzu() { # kuzu NAME STORE ARGS...
  local name=$1 store=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$w/$name.time" "$w/bilat" --store "$store" ingest "$@" "$w/corpus.jsonl" >"$w/$name.out" 2>"$w/$name.err"
  edges=$("$w/bilat" --store "$store" query --format csv "MATCH (a)-[r]->(b) RETURN count(*) AS n" | tail -n 1)
  read -r secs rss <"$w/$name.time"
  echo "$name $secs $rss $edges $(du -sb "$store"* | awk '{s+=$1} END {print s}')" >>"$w/results"
}
kuzu kuzu-incremental "$w/inc.kuzu"
kuzu kuzu-reingest "$w/inc.kuzu"
kuzu kuzu-bulk "$w/bulk.kuzu" --bulk
"$w/bench" queries --store "$w/inc.kuzu" --runs 20 >"$w/kuzu-queries"
"$w/bench" kuzu-copy --store "$w/bulk.kuzu" >"$w/kuzu-copy"

if [[ ${NEO4J:-1} != 0 ]]; then
  NEO4J_JIT=full "$root/dev/neo4j/with-neo4j.sh" "$here/run.sh" --neo4j-part "$w" >"$w/neo4j.log" 2>&1 ||
    echo "Neo4j part failed: $(tail -n 3 "$w/neo4j.log")"
fi

copy=$(grep -o '[0-9]* edges/s' "$w/kuzu-copy" | cut -d' ' -f1)
unwind=$(grep -o '[0-9]* edges/s' "$w/neo4j-unwind" 2>/dev/null | cut -d' ' -f1 || true)
echo
printf '%-18s %8s %10s %10s %9s %10s %9s %s\n' run seconds articles/s edges/s "RSS MB" "store MB" edges "vs engine"
while read -r name secs rss edges size; do
  base=$copy; [[ $name == neo4j* ]] && base=${unwind:-0}
  ratio=$(python3 -c "import sys; e,s,b=map(float,sys.argv[1:]); print('%.2f' % ((e/s)/b) if b else '-')" "$edges" "$secs" "${base:-0}")
  [[ $name == kuzu-reingest ]] && ratio=-
  printf '%-18s %8.1f %10.0f %10.0f %9d %10s %9d %s\n' "$name" "$secs" "$(python3 -c "print($n/$secs)")" \
    "$(python3 -c "print($edges/$secs)")" $((rss / 1024)) "${size:+$((size >> 20))}" "$edges" "$ratio"
done <"$w/results"
echo
cat "$w/kuzu-copy"
[[ -f $w/neo4j-unwind ]] && cat "$w/neo4j-unwind"
echo
echo "Kuzu canned queries (incremental store):"
cat "$w/kuzu-queries"
if [[ -f $w/neo4j-queries ]]; then
  echo
  echo "Neo4j canned queries:"
  cat "$w/neo4j-queries"
fi
grep -h 'already stored' "$w/kuzu-reingest.out" | sed 's/^/re-ingest: /'
