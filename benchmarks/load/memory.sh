#!/usr/bin/env bash
# Memory over a long load: the bundled server (embedded H2, -Xmx1g) answers GET /services/{id} and
# POST /requests for the given seconds each, while the heap in use after a full GC and the resident set are
# sampled every 15 s (docs/BENCHMARKS.md, issue 6). Usage: benchmarks/load/memory.sh [get-seconds] [post-seconds]
set -euo pipefail
GET_SECONDS=${1:-90}
POST_SECONDS=${2:-60}
PORT=${QYZMET_LOAD_PORT:-8095}
DATA=$(mktemp -d /tmp/qyzmet-memory.XXXXXX)
HERE=$(cd "$(dirname "$0")" && pwd)
java -Xmx1g -jar server/target/qyzmet-server.jar --data-dir "$DATA" --port "$PORT" > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/health" > /dev/null && break; sleep 1; done
export QYZMET_TOKEN=$(awk '$1 == "clerk" {print $NF; exit}' "$DATA/server.log")

sample() {
  jcmd $SERVER GC.run > /dev/null
  local heap rss
  heap=$(jcmd $SERVER GC.heap_info | awk '/garbage-first heap/ {print $(NF-2)}' | head -1)
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER/status")
  echo "$(date -u +%H:%M:%S) $1: heap used after full GC ${heap}, RSS ${rss} kB"
}
watch_memory() { while sleep 15; do sample "$1"; done; }

sample "start"
watch_memory "GET " & WATCH=$!
wrk -t2 -c64 -d"${GET_SECONDS}s" "http://127.0.0.1:$PORT/services/803005" | grep -E "requests in|Requests/sec|Non-2xx|Socket errors"
kill $WATCH
watch_memory "POST" & WATCH=$!
wrk -t2 -c64 -d"${POST_SECONDS}s" -s "$HERE/submit.lua" "http://127.0.0.1:$PORT" 2>&1 | grep -E "requests in|Requests/sec|Non-2xx|Socket errors|unexpected" | head -5
kill $WATCH
sample "end "
echo "errors in the server log: $(grep -c ' ERROR ' "$DATA/server.log" || true)"
