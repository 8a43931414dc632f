#!/bin/bash
# Shared extraction on two nodes (docs/scheduling.md, "Extraction shared by the nodes"): one node alone on core 0,
# then two nodes on one PostgreSQL store, each pinned to its own core (the second a `schedule` node that only helps).
# Usage: tools/cluster-bench.sh CORPUS DB_ALONE DB_PAIR   (two empty databases; STORE_PREFIX names the server)
# e.g.   STORE_PREFIX="Host=127.0.0.1;Port=55432;Username=brs;Database=" tools/cluster-bench.sh /tmp/c100 c4 c5
set -u
BIN=${BIN:-$(dirname "$0")/../src/BeltRoad.Stats.Cli/bin/Release/net10.0/beltroad-stats}
IN=$1; A=$2; B=$3; OUT=${OUT:-/tmp/cluster-bench}
S=${STORE_PREFIX:?set STORE_PREFIX to a connection string ending in Database=}
rm -rf "$OUT"; mkdir -p "$OUT"
echo "alone start $(date +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
taskset -c 0 "$BIN" run --input "$IN" --output "$OUT/alone" --store "$S$A" > "$OUT/alone.log" 2>&1
grep "time:" "$OUT/alone.log"
taskset -c 1 "$BIN" schedule --cron "0 0 6 1 1 ? 2099" --time-zone UTC --input "$IN" --output "$OUT/pair" --store "$S$B" > "$OUT/helper.log" 2>&1 &
HELPER=$!
for _ in $(seq 60); do grep -q "Scheduler started" "$OUT/helper.log" && break; sleep 1; done
echo "pair start $(date +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
taskset -c 0 "$BIN" run --input "$IN" --output "$OUT/pair" --store "$S$B" > "$OUT/pair.log" 2>&1
grep "time:" "$OUT/pair.log"
kill -TERM $HELPER; wait $HELPER
grep -h "Helped" "$OUT/helper.log"
cmp "$OUT/alone/facts.json" "$OUT/pair/facts.json" && echo "facts.json identical"
echo "end $(date +%T) load $(cut -d' ' -f1-3 /proc/loadavg)"
