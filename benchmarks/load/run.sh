#!/usr/bin/env bash
# Load on loopback against the bundled server on its embedded H2 database (docs/BENCHMARKS.md, issue 6).
# Usage: benchmarks/load/run.sh [seconds]   (from the repository root, after README command (1) built the jar)
set -euo pipefail
SECONDS_EACH=${1:-30}
PORT=${QYZMET_LOAD_PORT:-8095}
DATA=$(mktemp -d /tmp/qyzmet-load.XXXXXX)
HERE=$(cd "$(dirname "$0")" && pwd)
java -Xmx1g ${QYZMET_JAVA_OPTS:-} -jar server/target/qyzmet-server.jar --data-dir "$DATA" --port "$PORT" > "$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$DATA"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/health" > /dev/null && break; sleep 1; done
export QYZMET_TOKEN=$(awk '$1 == "clerk" {print $NF; exit}' "$DATA/server.log")

rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$SERVER/status"; }
echo "== warm-up (10 s each)"
wrk -t2 -c32 -d10s "http://127.0.0.1:$PORT/services/803005" > /dev/null
wrk -t2 -c32 -d10s -s "$HERE/submit.lua" "http://127.0.0.1:$PORT" > /dev/null 2>&1
echo "RSS after warm-up: $(rss)"
echo "== GET /services/803005, ${SECONDS_EACH} s, 2 threads, 64 connections"
wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency "http://127.0.0.1:$PORT/services/803005"
echo "RSS: $(rss)"
echo "== POST /requests, ${SECONDS_EACH} s, 2 threads, 64 connections"
wrk -t2 -c64 -d"${SECONDS_EACH}s" --latency -s "$HERE/submit.lua" "http://127.0.0.1:$PORT"
echo "RSS: $(rss)"
echo "requests stored: $(curl -s -H "Authorization: Bearer $QYZMET_TOKEN" "http://127.0.0.1:$PORT/requests?size=1" > /dev/null; grep -c ' submitted: ' "$DATA/server.log")"
echo "errors in the server log: $(grep -c ' ERROR ' "$DATA/server.log" || true)"
